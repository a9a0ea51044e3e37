import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_lasso

KKT_TOL = 1e-7


def check_kkt(X, y, alpha, w, b):
    """Optimality of (1/(2n))||y - Xw - b||^2 + alpha*||w||_1, with tolerance KKT_TOL."""
    w = np.asarray(w, dtype=float)
    n = X.shape[0]
    r = y - X @ w - b
    check_close(r.sum() / n, 0.0, KKT_TOL, 0, "mean residual (intercept condition)")
    g = X.T @ r / n
    for j in range(X.shape[1]):
        if abs(w[j]) > 1e-8:
            check_close(g[j], alpha * np.sign(w[j]), KKT_TOL, 0, "x_j . r / n for active coefficient %d" % j)
        else:
            check(abs(g[j]) <= alpha + KKT_TOL, "|x_j . r / n| must not exceed alpha for zero coefficient %d" % j, "<= %g" % alpha, float(g[j]))


class VisibleTests(unittest.TestCase):
    def test_orthogonal_design(self):
        """Orthonormal centred columns: w_j = soft_threshold(x_j . y / n, alpha)"""
        X = np.array([[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]])
        y = np.array([3.0, 1.0, 2.0, -2.0])  # x_1 . y / 4 = 1.5, x_2 . y / 4 = 1.0
        w, b = fit_lasso(X, y, 0.5)
        check_shape(w, (2,), "w")
        check_close(w, [1.0, 0.5], 1e-9, 0, "w for alpha=0.5")
        check_close(b, 1.0, 1e-9, 0, "b for alpha=0.5")
        w, b = fit_lasso(X, y, 1.2)
        check_close(w, [0.3, 0.0], 1e-9, 0, "w for alpha=1.2")

    def test_large_alpha_gives_zero(self):
        """alpha above max|Xc^T yc|/n gives w = 0 and b = mean(y)"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(30, 4))
        y = rng.normal(size=30) + 2.0
        alpha_max = np.max(np.abs((X - X.mean(axis=0)).T @ (y - y.mean()))) / 30
        w, b = fit_lasso(X, y, 1.01 * alpha_max)
        check_close(w, np.zeros(4), 0, 0, "w")
        check_close(b, y.mean(), 1e-12, 1e-12, "b")

    def test_kkt_conditions_random(self):
        """On random correlated data the result satisfies the lasso optimality conditions"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(80, 6))
        X[:, 1] += 0.7 * X[:, 0]
        y = X @ np.array([2.0, 0.0, -1.0, 0.0, 0.5, 0.0]) + 0.3 * rng.normal(size=80) + 1.0
        w, b = fit_lasso(X, y, 0.1)
        check_kkt(X, y, 0.1, w, b)


if __name__ == "__main__":
    unittest.main()
