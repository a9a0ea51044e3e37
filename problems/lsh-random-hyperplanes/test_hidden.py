import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises, check_shape
from solution import hyperplane_signatures, lsh_candidates


def _sigs(X, n_bits, seed):
    # Planes exactly as the statement draws them; dot products summed in plain Python.
    X = [[float(v) for v in row] for row in X]
    planes = np.random.default_rng(seed).standard_normal((n_bits, len(X[0]))).tolist()
    return [[1 if math.fsum(a * b for a, b in zip(row, p)) >= 0 else 0 for p in planes] for row in X]


def _brute_candidates(X, Q, n_bits, n_bands, seed):
    sx, sq = _sigs(X, n_bits, seed), _sigs(Q, n_bits, seed)
    r = n_bits // n_bands
    return [[i for i, s in enumerate(sx) if any(s[b * r:(b + 1) * r] == q[b * r:(b + 1) * r] for b in range(n_bands))] for q in sq]


def _as_lists(got):
    return [[int(i) for i in c] for c in got]


class HiddenTests(unittest.TestCase):
    def test_signatures_random_shapes(self):
        """Signatures of random data match the stated planes for several shapes and seeds"""
        rng = np.random.default_rng(50)
        for trial, (n, d, bits, seed) in enumerate([(5, 3, 8, 1), (12, 7, 16, 123), (1, 1, 3, 9), (20, 4, 1, 2024)]):
            X = rng.normal(size=(n, d))
            X0 = copy.deepcopy(X)
            got = hyperplane_signatures(X, bits, seed)
            check_shape(got, (n, bits), "signature shape (trial %d)" % trial)
            check_equal(np.asarray(got).astype(int), np.array(_sigs(X0, bits, seed)), "signatures (trial %d)" % trial)

    def test_candidates_match_brute_force(self):
        """Candidates over many bandings match a brute-force comparison of every band"""
        rng = np.random.default_rng(61)
        X = rng.normal(size=(60, 5))
        Q = np.vstack([X[:5] + 0.05 * rng.normal(size=(5, 5)), rng.normal(size=(6, 5))])
        X0, Q0 = X.copy(), Q.copy()
        for bits, bands, seed in ((12, 3, 4), (12, 12, 4), (12, 1, 4), (8, 4, 77), (10, 2, 5)):
            got = lsh_candidates(X, Q, bits, bands, seed)
            check(isinstance(got, list) and len(got) == len(Q0), "lsh_candidates must return a list with one entry per query", len(Q0), got)
            check_equal(_as_lists(got), _brute_candidates(X0, Q0, bits, bands, seed),
                        "candidates with n_bits=%d, n_bands=%d, seed=%d" % (bits, bands, seed))

    def test_signature_geometry(self):
        """Scaling by a positive number keeps every bit; negating flips every bit of a nonzero dot product"""
        rng = np.random.default_rng(8)
        X = rng.normal(size=(10, 6))
        a = np.asarray(hyperplane_signatures(X, 32, 5)).astype(int)
        b = np.asarray(hyperplane_signatures(3.5 * X, 32, 5)).astype(int)
        c = np.asarray(hyperplane_signatures(-X, 32, 5)).astype(int)
        check_equal(b, a, "signatures of 3.5 * X")
        check_equal(c, 1 - a, "signatures of -X")

    def test_zero_dot_product_is_true(self):
        """A zero row has every dot product equal to 0, so all its bits are True"""
        got = np.asarray(hyperplane_signatures([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]], 6, 3)).astype(int)
        check_equal(got[0], np.ones(6, dtype=int), "signature of the zero vector")

    def test_global_random_state_untouched(self):
        """Same seed, same result, whatever the global state; np.random's state is unchanged"""
        X = np.random.default_rng(2).normal(size=(30, 4))
        Q = X[:3] + 0.01
        np.random.seed(123)
        before = np.random.get_state()
        first = (np.asarray(hyperplane_signatures(X, 16, 7)).astype(int), _as_lists(lsh_candidates(X, Q, 16, 4, 7)))
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "hyperplane_signatures and lsh_candidates must not use or change the global np.random state", "unchanged", "changed")
        np.random.seed(999)
        second = (np.asarray(hyperplane_signatures(X, 16, 7)).astype(int), _as_lists(lsh_candidates(X, Q, 16, 4, 7)))
        check_equal(second[0], first[0], "signatures after reseeding np.random")
        check_equal(second[1], first[1], "candidates after reseeding np.random")

    def test_int_lists_and_result_types(self):
        """Int lists are accepted; candidate indices are Python ints, sorted, without repeats"""
        X = [[1, 2], [2, 1], [-3, 1], [1, 2]]
        got = lsh_candidates(X, [[1, 2], [-1, -1]], 6, 3, 11)
        check(all(type(i) is int for c in got for i in c), "candidate indices must be Python ints",
              "int", sorted({type(i).__name__ for c in got for i in c}))
        check_equal(_as_lists(got), _brute_candidates(X, [[1, 2], [-1, -1]], 6, 3, 11), "candidates for int lists")
        check(all(c == sorted(set(c)) for c in _as_lists(got)), "each candidate list must be sorted without repeats", "sorted, unique", got)

    def test_invalid_arguments_raise(self):
        """Bad shapes, values, counts and divisibility raise ValueError"""
        X = [[1.0, 0.0], [0.0, 1.0]]
        check_raises(ValueError, hyperplane_signatures, [1.0, 2.0], 4, 0, what="hyperplane_signatures with a 1-D X")
        check_raises(ValueError, hyperplane_signatures, [[1.0, float("nan")]], 4, 0, what="hyperplane_signatures with nan")
        check_raises(ValueError, hyperplane_signatures, X, 0, 0, what="hyperplane_signatures with n_bits=0")
        check_raises(ValueError, hyperplane_signatures, X, 8.0, 0, what="hyperplane_signatures with n_bits=8.0")
        check_raises(ValueError, lsh_candidates, X, [[1.0, 0.0, 0.0]], 4, 2, 0, what="lsh_candidates with queries of another width")
        check_raises(ValueError, lsh_candidates, X, [[1.0, 0.0]], 6, 4, 0, what="lsh_candidates with n_bits=6, n_bands=4")
        check_raises(ValueError, lsh_candidates, X, [[1.0, 0.0]], 4, 0, 0, what="lsh_candidates with n_bands=0")
        check_raises(ValueError, lsh_candidates, X, [1.0, 0.0], 4, 2, 0, what="lsh_candidates with a 1-D query")
        check_raises(ValueError, lsh_candidates, X, [[float("inf"), 0.0]], 4, 2, 0, what="lsh_candidates with an infinite query")

    def test_inputs_not_modified(self):
        """X and queries are left unchanged"""
        X = np.array([[1.0, -2.0], [0.5, 0.5]])
        Q = np.array([[0.0, 1.0]])
        X0, Q0 = X.copy(), Q.copy()
        hyperplane_signatures(X, 4, 1)
        lsh_candidates(X, Q, 4, 2, 1)
        check(np.array_equal(X, X0) and np.array_equal(Q, Q0), "the inputs must not be modified",
              (X0.tolist(), Q0.tolist()), (X.tolist(), Q.tolist()))


if __name__ == "__main__":
    unittest.main()
