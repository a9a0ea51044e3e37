import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import fit_linear_regression, predict

ATOL, RTOL = 1e-8, 1e-8


class HiddenTests(unittest.TestCase):
    def test_two_features_exact_fractions(self):
        """Four points, two features: w = [11/4, 5/6], b = 1/4 (solved exactly by hand)"""
        X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0]])
        y = np.array([3.0, 1.0, 4.0, 6.5])
        w, b = fit_linear_regression(X, y)
        check_shape(w, (2,), "w")
        check_close(w, [11 / 4, 5 / 6], ATOL, RTOL, "w")
        check_close(b, 1 / 4, ATOL, RTOL, "b")

    def test_recovers_noiseless_multivariate(self):
        """Noise-free data from known w and b are recovered exactly"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(40, 5))
        w_true = np.array([1.5, -2.0, 0.0, 0.25, 3.0])
        w, b = fit_linear_regression(X, X @ w_true - 7.0)
        check_close(w, w_true, 1e-8, 1e-8, "w")
        check_close(b, -7.0, 1e-8, 1e-8, "b")

    def test_normal_equations_hold(self):
        """Residuals sum to zero and are orthogonal to every feature column"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(60, 4)) * [1.0, 10.0, 0.1, 3.0] + [0.0, 5.0, -2.0, 1.0]
        y = rng.normal(size=60) * 4 + X @ np.array([0.3, -0.1, 2.0, 0.0])
        w, b = fit_linear_regression(X, y)
        r = y - (X @ np.asarray(w) + b)
        check_close(r.sum(), 0.0, 1e-7, 0, "sum of residuals")
        check_close(X.T @ r, np.zeros(4), 1e-7, 0, "X^T r")

    def test_matches_centered_formula(self):
        """w solves the centred normal equations and b = mean(y) - mean(X) @ w"""
        rng = np.random.default_rng(2)
        X = rng.uniform(-3, 3, size=(30, 3))
        y = rng.normal(size=30)
        Xc = X - X.mean(axis=0)
        w_expected = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - y.mean()))
        b_expected = y.mean() - X.mean(axis=0) @ w_expected
        w, b = fit_linear_regression(X, y)
        check_close(w, w_expected, 1e-8, 1e-7, "w")
        check_close(b, b_expected, 1e-8, 1e-7, "b")

    def test_offset_feature(self):
        """A feature far from zero (around 1000) still gives the right slope and intercept"""
        x = 1000.0 + np.arange(10.0)
        y = 0.5 * x - 300.0
        w, b = fit_linear_regression(x[:, None], y)
        check_close(w, [0.5], 1e-7, 1e-7, "w")
        check_close(b, -300.0, 1e-5, 1e-7, "b")

    def test_constant_target(self):
        """A constant target gives w = 0 and b equal to that constant"""
        X = np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 0.0], [2.0, 5.0]])
        w, b = fit_linear_regression(X, np.full(4, 2.5))
        check_close(w, [0.0, 0.0], 1e-9, 0, "w")
        check_close(b, 2.5, 1e-9, 1e-9, "b")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0], [2.0], [4.0]])
        y = np.array([1.0, 2.0, 2.0])
        X0, y0 = X.copy(), y.copy()
        fit_linear_regression(X, y)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")

    def test_fit_then_predict_roundtrip(self):
        """predict with the fitted parameters reproduces a noise-free target"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(25, 3))
        y = X @ np.array([2.0, 0.0, -1.0]) + 0.5
        w, b = fit_linear_regression(X, y)
        got = predict(X, w, b)
        check_shape(got, (25,), "predictions")
        check_close(got, y, 1e-8, 1e-8, "predictions")


from mlreps_check import check


class GapTests(unittest.TestCase):
    def test_integer_and_list_inputs(self):
        """Integer X and a list y give the float64 slope and intercept"""
        w, b = fit_linear_regression(np.array([[1], [2], [3], [4]]), [3, 5, 7, 9])
        check(isinstance(w, np.ndarray) and w.dtype == np.float64, "w must be a float64 array", "float64", getattr(w, "dtype", type(w).__name__))
        check_close(w, [2.0], 1e-8, 1e-8, "w for integer inputs")
        check_close(b, 1.0, 1e-8, 1e-8, "b for integer inputs")


if __name__ == "__main__":
    unittest.main()
