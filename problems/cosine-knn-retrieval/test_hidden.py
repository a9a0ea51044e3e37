import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import cosine_top_k


def _cos(q, c):
    # Exact power-of-two rescaling per vector, then math.fsum and math.sqrt: no overflow or underflow.
    def unit(v):
        big = max(abs(x) for x in v)
        if big == 0:
            return None
        e = math.frexp(big)[1]
        w = [math.ldexp(x, -e) for x in v]
        n = math.sqrt(math.fsum(x * x for x in w))
        return [x / n for x in w]
    a, b = unit(q), unit(c)
    if a is None or b is None:
        return 0.0
    return math.fsum(x * y for x, y in zip(a, b))


def _brute(Q, C, k):
    Q, C = np.asarray(Q, dtype=float).tolist(), np.asarray(C, dtype=float).tolist()
    idx, sc = [], []
    for q in Q:
        s = [_cos(q, c) for c in C]
        order = sorted(range(len(C)), key=lambda j: (-s[j], j))[:k]
        idx.append(order)
        sc.append([s[j] for j in order])
    return idx, sc


class HiddenTests(unittest.TestCase):
    def test_random_against_brute_force(self):
        """Random queries and corpora: indices and scores match per-pair computation"""
        rng = np.random.default_rng(4)
        for trial in range(6):
            m, n, d = int(rng.integers(1, 6)), int(rng.integers(1, 30)), int(rng.integers(1, 8))
            Q, C = rng.normal(size=(m, d)), rng.normal(size=(n, d)) * rng.uniform(0.1, 10, size=(n, 1))
            k = int(rng.integers(1, n + 1))
            idx, sc = _brute(Q, C, k)
            got_idx, got_sc = cosine_top_k(Q, C, k)
            check_equal(np.asarray(got_idx).tolist(), idx, "indices (trial %d, k=%d)" % (trial, k))
            check_close(got_sc, sc, 1e-12, 0, "scores (trial %d)" % trial)

    def test_exact_ties_by_index(self):
        """Duplicated corpus rows tie exactly and come out in index order"""
        C = np.array([[0.0, 1.0], [1.0, 2.0], [3.0, 1.0], [1.0, 2.0], [3.0, 1.0], [1.0, 2.0]])
        idx, _ = cosine_top_k(np.array([[1.0, 1.5]]), C, 6)
        check_equal(np.asarray(idx).tolist(), _brute([[1.0, 1.5]], C, 6)[0], "indices with duplicated rows")
        check_equal(np.asarray(idx)[0, :3].tolist(), [1, 3, 5], "the three identical best rows in index order")

    def test_extreme_magnitudes(self):
        """Entries of 1e200 and 1e-200 give the same cosines as moderate vectors"""
        base_q = np.array([[3.0, -4.0, 1.0]])
        base_c = np.array([[1.0, 2.0, 2.0], [3.0, -4.0, 0.0], [-1.0, 1.0, 5.0]])
        Q = base_q * 1e200
        C = base_c * np.array([[1e-200], [1e200], [1.0]])
        idx, sc = cosine_top_k(Q, C, 3)
        exp_idx, exp_sc = _brute(base_q, base_c, 3)
        check(np.all(np.isfinite(np.asarray(sc))), "scores must be finite for huge and tiny entries", "finite", sc)
        check_equal(np.asarray(idx).tolist(), exp_idx, "indices with extreme magnitudes")
        check_close(sc, exp_sc, 1e-12, 0, "scores with extreme magnitudes")

    def test_zero_vectors(self):
        """A zero query scores 0 against everything (ranked by index); zero corpus rows score 0"""
        C = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, -1.0]])
        idx, sc = cosine_top_k(np.array([[0.0, 0.0], [0.0, 1.0]]), C, 3)
        check_equal(np.asarray(idx).tolist(), [[0, 1, 2], [0, 1, 2]], "indices with zero vectors")
        check_close(sc, [[0.0, 0.0, 0.0], [0.0, 0.0, -1.0]], 1e-12, 0, "scores with zero vectors")

    def test_lists_and_integers(self):
        """Integer lists are accepted; indices are integers and scores float64"""
        idx, sc = cosine_top_k([[1, 0]], [[0, 2], [5, 0], [1, 1]], 2)
        check(np.asarray(idx).dtype.kind in "iu", "indices must be integers", "int", np.asarray(idx).dtype)
        check(isinstance(sc, np.ndarray) and sc.dtype == np.float64, "scores must be a float64 array", "float64", getattr(sc, "dtype", type(sc)))
        check_equal(np.asarray(idx).tolist(), [[1, 2]], "indices from integer lists")

    def test_inputs_not_modified(self):
        """queries and corpus are left unchanged"""
        Q = np.array([[1.0, 2.0], [0.0, 0.0]])
        C = np.array([[3.0, 4.0], [-1.0, 0.5]])
        Q0, C0 = Q.copy(), C.copy()
        cosine_top_k(Q, C, 2)
        check_equal(Q, Q0, "queries after the call")
        check_equal(C, C0, "corpus after the call")

    def test_invalid_input_raises(self):
        """Bad shapes, non-finite entries and bad k raise ValueError"""
        Q, C = np.ones((1, 2)), np.ones((3, 2))
        cases = [
            ("1-D queries", lambda: cosine_top_k(np.ones(2), C, 1)),
            ("3 columns vs 2", lambda: cosine_top_k(np.ones((1, 3)), C, 1)),
            ("a nan entry", lambda: cosine_top_k(np.array([[np.nan, 1.0]]), C, 1)),
            ("k = 0", lambda: cosine_top_k(Q, C, 0)),
            ("k = 4 with 3 rows", lambda: cosine_top_k(Q, C, 4)),
            ("k = 1.5", lambda: cosine_top_k(Q, C, 1.5)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
