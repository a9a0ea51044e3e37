import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_elastic_net

KKT_TOL = 1e-7


def check_kkt(X, y, alpha, l1_ratio, w, b, what):
    # Optimality conditions of the elastic-net objective, computed from the test's own copy of the data.
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    n = X.shape[0]
    r = y - X @ w - b
    check(abs(r.mean()) <= KKT_TOL, "%s: the residuals must have mean 0 (intercept optimal)" % what, 0.0, r.mean())
    g = (X - X.mean(axis=0)).T @ r / n
    for j in range(X.shape[1]):
        if abs(w[j]) > 1e-8:
            lhs = g[j] - alpha * (1 - l1_ratio) * w[j]
            check(abs(lhs - alpha * l1_ratio * np.sign(w[j])) <= KKT_TOL,
                  "%s: coefficient %d is non-zero, so g_j - alpha*(1-l1_ratio)*w_j must equal alpha*l1_ratio*sign(w_j)" % (what, j),
                  alpha * l1_ratio * np.sign(w[j]), lhs)
        else:
            check(abs(g[j]) <= alpha * l1_ratio + KKT_TOL,
                  "%s: coefficient %d is zero, so |g_j| must be at most alpha*l1_ratio = %g" % (what, j, alpha * l1_ratio),
                  "<= %g" % (alpha * l1_ratio), g[j])


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Orthogonal example: w = [2/3, 1/3], b = 1, and all zeros for a large penalty"""
        X = np.array([[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]])
        y = np.array([3.0, 1.0, 2.0, -2.0])
        w, b = fit_elastic_net(X, y, alpha=1.0, l1_ratio=0.5)
        check_shape(w, (2,), "w")
        check_close(w, [2 / 3, 1 / 3], 1e-8, 0, "w for alpha=1, l1_ratio=0.5")
        check_close(b, 1.0, 1e-8, 0, "b for alpha=1, l1_ratio=0.5")
        w, b = fit_elastic_net(X, y, alpha=2.0, l1_ratio=0.75)
        check(np.all(np.asarray(w) == 0.0), "alpha=2, l1_ratio=0.75 must give exact zeros", [0.0, 0.0], w)
        check_close(b, 1.0, 1e-8, 0, "b when every coefficient is zero")

    def test_kkt_on_correlated_data(self):
        """Random correlated features: the returned (w, b) satisfies the optimality conditions"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(60, 5)) @ rng.normal(size=(5, 5)) + 2.0
        y = X @ np.array([1.5, 0.0, -2.0, 0.0, 0.5]) + rng.normal(size=60) + 4.0
        w, b = fit_elastic_net(X, y, alpha=0.3, l1_ratio=0.5)
        check_shape(w, (5,), "w")
        check_kkt(X, y, 0.3, 0.5, w, b, "alpha=0.3, l1_ratio=0.5")

    def test_pure_ridge(self):
        """l1_ratio = 0 is ridge: (Xc'Xc/n + alpha I) w = Xc'yc/n"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(40, 4))
        y = rng.normal(size=40)
        alpha = 0.7
        Xc, yc = X - X.mean(axis=0), y - y.mean()
        expected = np.linalg.solve(Xc.T @ Xc / 40 + alpha * np.eye(4), Xc.T @ yc / 40)
        w, b = fit_elastic_net(X, y, alpha=alpha, l1_ratio=0.0)
        check_close(w, expected, 1e-8, 0, "ridge coefficients")
        check_close(b, y.mean() - X.mean(axis=0) @ expected, 1e-8, 0, "ridge intercept")


if __name__ == "__main__":
    unittest.main()
