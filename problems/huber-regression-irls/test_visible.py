import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_huber

KKT_TOL = 1e-7


def check_optimal(X, y, delta, w, b, what):
    # Zero-gradient conditions of the Huber objective, from the test's own copy of the data.
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    psi = np.clip(y - X @ np.asarray(w, dtype=np.float64) - b, -delta, delta)
    check(abs(psi.mean()) <= KKT_TOL, "%s: mean of psi(residuals) must be 0 (intercept optimal)" % what, 0.0, psi.mean())
    g = (X - X.mean(axis=0)).T @ psi / len(y)
    check(np.all(np.abs(g) <= KKT_TOL), "%s: (X - mean(X)).T @ psi(residuals) / n must be 0" % what, np.zeros_like(g), g)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """One outlier on a line: w = [2.3], b = 0.6"""
        X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
        y = np.array([1.0, 3.0, 5.0, 7.0, 9.0, 40.0])
        w, b = fit_huber(X, y, delta=1.0)
        check_shape(w, (1,), "w")
        check_close(w, [2.3], 1e-7, 0, "w")
        check_close(b, 0.6, 1e-7, 0, "b")

    def test_huge_delta_is_least_squares(self):
        """With delta larger than every residual, the fit is ordinary least squares"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(30, 3))
        y = X @ np.array([1.0, -1.0, 2.0]) + 0.5 + rng.normal(size=30) * 0.3
        A = np.hstack([X, np.ones((30, 1))])
        beta = np.linalg.lstsq(A, y, rcond=None)[0]
        w, b = fit_huber(X, y, delta=100.0)
        check_close(w, beta[:3], 1e-7, 0, "w with delta = 100")
        check_close(b, beta[3], 1e-7, 0, "b with delta = 100")

    def test_heavy_tailed_noise_is_optimal(self):
        """Heavy-tailed noise: the returned fit satisfies the zero-gradient conditions"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(80, 4))
        y = X @ np.array([0.5, 2.0, 0.0, -1.0]) + 3.0 + rng.standard_t(1.5, size=80)
        w, b = fit_huber(X, y, delta=1.0)
        check_shape(w, (4,), "w")
        check_optimal(X, y, 1.0, w, b, "heavy-tailed data")


if __name__ == "__main__":
    unittest.main()
