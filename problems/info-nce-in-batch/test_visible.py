import math
import unittest

import numpy as np

from mlreps_check import check_close
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


class VisibleTests(unittest.TestCase):
    def test_readme_example_one_direction(self):
        """The README example with symmetric=False"""
        Q, K = np.array([[1.0, 0.0], [0.0, 2.0]]), np.array([[3.0, 0.0], [1.0, 1.0]])
        loss, dQ, dK = info_nce(Q, K, temperature=1.0, symmetric=False)
        check_close(loss, _loss(Q, K, 1.0, False), ATOL, RTOL, "loss")
        nq, nk = _numeric(Q, K, 1.0, False)
        check_close(dQ, nq, 1e-6, 1e-5, "dQ vs finite differences")
        check_close(dK, nk, 1e-6, 1e-5, "dK vs finite differences")

    def test_symmetric_loss(self):
        """The symmetric loss averages the query-to-key and key-to-query directions"""
        rng = np.random.default_rng(0)
        Q, K = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
        loss, _, _ = info_nce(Q, K, temperature=0.5)
        check_close(loss, _loss(Q, K, 0.5, True), ATOL, RTOL, "symmetric loss")

    def test_symmetric_gradients(self):
        """Symmetric gradients match finite differences with temperature 0.2"""
        rng = np.random.default_rng(1)
        Q, K = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
        _, dQ, dK = info_nce(Q, K, temperature=0.2)
        nq, nk = _numeric(Q, K, 0.2, True)
        check_close(dQ, nq, 1e-6, 1e-5, "dQ vs finite differences")
        check_close(dK, nk, 1e-6, 1e-5, "dK vs finite differences")


if __name__ == "__main__":
    unittest.main()
