import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_ridge

ATOL, RTOL = 1e-9, 1e-9


class HiddenTests(unittest.TestCase):
    def test_stationarity_conditions(self):
        """At the optimum the residuals sum to 0 and X^T r = alpha * w"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(40, 5)) * [1.0, 2.0, 0.5, 3.0, 1.0] + [1.0, -2.0, 0.0, 4.0, 10.0]
        y = rng.normal(size=40) + X @ np.array([1.0, 0.0, -2.0, 0.5, 0.1])
        alpha = 3.7
        w, b = fit_ridge(X, y, alpha)
        r = y - X @ np.asarray(w) - b
        check_close(r.sum(), 0.0, 1e-8, 0, "sum of residuals")
        check_close(X.T @ r, alpha * np.asarray(w), 1e-8, 1e-8, "X^T r vs alpha * w")

    def test_more_features_than_samples(self):
        """d > n with alpha > 0 has a unique solution satisfying the stationarity conditions"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(6, 15))
        y = rng.normal(size=6)
        w, b = fit_ridge(X, y, 0.5)
        check_shape(w, (15,), "w")
        r = y - X @ np.asarray(w) - b
        check_close(r.sum(), 0.0, 1e-8, 0, "sum of residuals")
        check_close(X.T @ r, 0.5 * np.asarray(w), 1e-8, 1e-8, "X^T r vs alpha * w")

    def test_intercept_not_penalized(self):
        """Adding a constant to y leaves w unchanged and shifts b by that constant"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(25, 3))
        y = rng.normal(size=25)
        w1, b1 = fit_ridge(X, y, 10.0)
        w2, b2 = fit_ridge(X, y + 1000.0, 10.0)
        check_close(w2, w1, 1e-8, 1e-8, "w after shifting y")
        check_close(b2, b1 + 1000.0, 1e-8, 1e-10, "b after shifting y")

    def test_feature_shift_only_moves_intercept(self):
        """Shifting X by a constant vector s leaves w unchanged and changes b by -s @ w"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(30, 2))
        y = rng.normal(size=30)
        s = np.array([50.0, -20.0])
        w1, b1 = fit_ridge(X, y, 2.0)
        w2, b2 = fit_ridge(X + s, y, 2.0)
        check_close(w2, w1, 1e-8, 1e-7, "w after shifting X")
        check_close(b2, b1 - s @ np.asarray(w1), 1e-7, 1e-8, "b after shifting X")

    def test_alpha_zero_matches_lstsq(self):
        """alpha = 0 matches ordinary least squares on random data"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(50, 4))
        y = rng.normal(size=50)
        theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((50, 1))]), y, rcond=None)
        w, b = fit_ridge(X, y, 0.0)
        check_close(w, theta[:4], 1e-9, 1e-8, "w")
        check_close(b, theta[4], 1e-9, 1e-8, "b")

    def test_shrinkage_is_monotone(self):
        """||w|| decreases as alpha grows"""
        rng = np.random.default_rng(6)
        X = rng.normal(size=(30, 4))
        y = X @ np.array([3.0, -1.0, 2.0, 0.5]) + rng.normal(size=30)
        norms = [float(np.linalg.norm(fit_ridge(X, y, a)[0])) for a in (0.0, 0.1, 1.0, 10.0, 100.0, 1000.0)]
        check(all(p > q for p, q in zip(norms, norms[1:])), "||w|| should strictly decrease with alpha", "decreasing", norms)

    def test_orthogonal_design_closed_form(self):
        """With centred orthogonal columns, w_j = (x_j . y) / (||x_j||^2 + alpha)"""
        X = np.array([[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]])
        y = np.array([3.0, 1.0, 2.0, -2.0])
        w, b = fit_ridge(X, y, 2.0)
        check_close(w, [6.0 / 6.0, 4.0 / 6.0], ATOL, RTOL, "w")
        check_close(b, 1.0, ATOL, RTOL, "b")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 5.0], [0.0, 1.0]])
        y = np.array([1.0, 0.0, 2.0])
        X0, y0 = X.copy(), y.copy()
        fit_ridge(X, y, 1.0)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
