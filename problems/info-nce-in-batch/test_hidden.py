import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import info_nce

ATOL, RTOL = 1e-9, 1e-7


def _loss(Q, K, T, sym):
    # Straight from the definition, one row and one column at a time.
    qh = [q / math.sqrt(sum(v * v for v in q)) for q in np.asarray(Q, dtype=float)]
    kh = [k / math.sqrt(sum(v * v for v in k)) for k in np.asarray(K, dtype=float)]
    N = len(qh)
    S = [[float(qh[i] @ kh[j]) / T for j in range(N)] for i in range(N)]

    def ce(row, i):
        m = max(row)
        return -(row[i] - m - math.log(sum(math.exp(v - m) for v in row)))
    rows = sum(ce(S[i], i) for i in range(N)) / N
    if not sym:
        return rows
    cols = sum(ce([S[i][j] for i in range(N)], j) for j in range(N)) / N
    return (rows + cols) / 2


def _numeric(Q, K, T, sym, h=1e-6):
    out = []
    for which in (0, 1):
        X = [np.array(Q, dtype=float), np.array(K, dtype=float)]
        g = np.zeros_like(X[which])
        for idx in np.ndindex(g.shape):
            p = [x.copy() for x in X]
            m = [x.copy() for x in X]
            p[which][idx] += h
            m[which][idx] -= h
            g[idx] = (_loss(p[0], p[1], T, sym) - _loss(m[0], m[1], T, sym)) / (2 * h)
        out.append(g)
    return out


class HiddenTests(unittest.TestCase):
    def test_scale_invariance(self):
        """Scaling a query or a key leaves the loss unchanged, and its gradient is orthogonal to the vector"""
        rng = np.random.default_rng(2)
        Q, K = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
        a, dQ, dK = info_nce(Q, K, temperature=0.3)
        b, _, _ = info_nce(Q * np.array([[5.0], [0.1], [1.0], [30.0]]), K * 7.0, temperature=0.3)
        check_close(a, b, ATOL, RTOL, "loss after rescaling rows")
        check_close(np.sum(np.asarray(dQ) * Q, axis=1), np.zeros(4), 1e-9, 0, "row-wise dQ . Q")
        check_close(np.sum(np.asarray(dK) * K, axis=1), np.zeros(4), 1e-9, 0, "row-wise dK . K")

    def test_tiny_temperature_stays_finite(self):
        """temperature 0.001 (logits near 1000): finite loss and gradients, equal to the definition"""
        rng = np.random.default_rng(3)
        Q, K = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
        loss, dQ, dK = info_nce(Q, K, temperature=0.001)
        check(math.isfinite(loss) and np.all(np.isfinite(dQ)) and np.all(np.isfinite(dK)), "results must be finite", "finite", loss)
        check_close(loss, _loss(Q, K, 0.001, True), 1e-7, 1e-9, "loss at temperature 0.001")

    def test_gradients_rectangular_embeddings(self):
        """N=5, d=2, one direction, temperature 0.7: gradients match finite differences"""
        rng = np.random.default_rng(4)
        Q, K = rng.normal(size=(5, 2)), rng.normal(size=(5, 2))
        _, dQ, dK = info_nce(Q, K, temperature=0.7, symmetric=False)
        nq, nk = _numeric(Q, K, 0.7, False)
        check_close(dQ, nq, 1e-6, 1e-5, "dQ vs finite differences")
        check_close(dK, nk, 1e-6, 1e-5, "dK vs finite differences")

    def test_single_pair(self):
        """N = 1: the only key is the positive, so the loss and gradients are 0"""
        loss, dQ, dK = info_nce([[1.0, 2.0]], [[3.0, -1.0]], temperature=0.1)
        check_close(loss, 0.0, 1e-12, 0, "loss for one pair")
        check_close(dQ, [[0.0, 0.0]], 1e-12, 0, "dQ for one pair")

    def test_asymmetric_batch_directions_differ(self):
        """Keys that are all alike: the key-to-query direction differs from the query-to-key one"""
        Q = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.2]])
        K = np.array([[1.0, 0.1], [1.0, 0.2], [1.0, 0.3]])
        one, _, _ = info_nce(Q, K, temperature=0.5, symmetric=False)
        both, _, _ = info_nce(Q, K, temperature=0.5, symmetric=True)
        check_close(one, _loss(Q, K, 0.5, False), ATOL, RTOL, "query-to-key loss")
        check_close(both, _loss(Q, K, 0.5, True), ATOL, RTOL, "symmetric loss")

    def test_invalid_inputs(self):
        """Mismatched shapes, a zero row or a zero temperature raise ValueError"""
        with self.assertRaises(ValueError, msg="queries (2, 3) with keys (2, 2)"):
            info_nce(np.ones((2, 3)), np.ones((2, 2)))
        with self.assertRaises(ValueError, msg="a zero query"):
            info_nce(np.array([[0.0, 0.0], [1.0, 0.0]]), np.ones((2, 2)))
        with self.assertRaises(ValueError, msg="temperature 0"):
            info_nce(np.ones((2, 2)), np.ones((2, 2)), temperature=0.0)

    def test_inputs_not_modified(self):
        """queries and keys are not normalized in place"""
        Q, K = np.array([[3.0, 4.0], [1.0, 0.0]]), np.array([[0.0, 2.0], [5.0, 5.0]])
        info_nce(Q, K)
        check_close(Q, [[3.0, 4.0], [1.0, 0.0]], 0, 0, "queries after the call")
        check_close(K, [[0.0, 2.0], [5.0, 5.0]], 0, 0, "keys after the call")


if __name__ == "__main__":
    unittest.main()
