import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import apply_robust_scaler, fit_robust_scaler

ATOL, RTOL = 1e-9, 1e-9


class HiddenTests(unittest.TestCase):
    def test_matches_numpy_percentiles(self):
        """Random sizes and quantile ranges: center and scale match np.percentile column by column"""
        rng = np.random.default_rng(9)
        for trial, qr in enumerate([(25.0, 75.0), (10.0, 90.0), (0.0, 100.0), (5.0, 95.0), (33.0, 34.0), (25.0, 75.0)]):
            n, d = int(rng.integers(1, 30)), int(rng.integers(1, 5))
            X = np.round(rng.normal(size=(n, d)) * 10, 1) + rng.uniform(-50, 50, size=d)
            center, scale = fit_robust_scaler(X, quantile_range=qr)
            exp_center = np.percentile(X, 50, axis=0)
            exp_scale = np.percentile(X, qr[1], axis=0) - np.percentile(X, qr[0], axis=0)
            exp_scale[exp_scale == 0] = 1.0
            check_shape(center, (d,), "center (trial %d)" % trial)
            check_close(center, exp_center, ATOL, RTOL, "center (trial %d, n=%d)" % (trial, n))
            check_close(scale, exp_scale, ATOL, RTOL, "scale (trial %d, n=%d, range %s)" % (trial, n, qr))

    def test_single_row(self):
        """One training row: center is that row, scale is 1"""
        center, scale = fit_robust_scaler([[3.5, -2.0, 0.0]])
        check_close(center, [3.5, -2.0, 0.0], ATOL, RTOL, "center of one row")
        check_close(scale, [1.0, 1.0, 1.0], ATOL, RTOL, "scale of one row")

    def test_outlier_does_not_move_statistics(self):
        """Making the largest value a million times bigger leaves center and scale unchanged"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(11, 3))
        c0, s0 = fit_robust_scaler(X)
        Y = X.copy()
        rows = np.argmax(Y, axis=0)
        Y[rows, np.arange(3)] *= 1e6
        c1, s1 = fit_robust_scaler(Y)
        check_close(c1, c0, ATOL, RTOL, "center after inflating the maximum")
        check_close(s1, s0, ATOL, RTOL, "scale after inflating the maximum")

    def test_apply_with_training_statistics_and_zero_rows(self):
        """apply uses the given statistics; zero rows give shape (0, d)"""
        center, scale = np.array([10.0, -1.0]), np.array([4.0, 0.5])
        got = apply_robust_scaler([[14.0, 0.0], [2.0, -1.0]], center, scale)
        check_close(got, [[1.0, 2.0], [-2.0, 0.0]], ATOL, RTOL, "scaled rows")
        check_shape(apply_robust_scaler(np.zeros((0, 2)), center, scale), (0, 2), "scaling zero rows")

    def test_integer_lists(self):
        """Integer lists are accepted and give float64 arrays"""
        center, scale = fit_robust_scaler([[1, 10], [2, 30], [4, 20]])
        got = apply_robust_scaler([[3, 20]], center, scale)
        for name, v in (("center", center), ("scale", scale), ("output", got)):
            check(isinstance(v, np.ndarray) and v.dtype == np.float64, "%s must be a float64 array" % name, "float64",
                  getattr(v, "dtype", type(v).__name__))
        check_close(center, [2.0, 20.0], ATOL, RTOL, "center of integer data")
        check_close(scale, [1.5, 10.0], ATOL, RTOL, "scale of integer data")

    def test_inputs_not_modified(self):
        """X is not sorted in place; center and scale are unchanged by apply"""
        X = np.array([[5.0, 1.0], [1.0, 3.0], [3.0, 2.0], [4.0, 0.0]])
        X_copy = X.copy()
        center, scale = fit_robust_scaler(X)
        c_copy, s_copy = np.array(center, copy=True), np.array(scale, copy=True)
        apply_robust_scaler(X, center, scale)
        check_equal(X, X_copy, "X after the calls")
        check_equal(np.asarray(center), c_copy, "center after apply")
        check_equal(np.asarray(scale), s_copy, "scale after apply")

    def test_invalid_input_raises(self):
        """Bad shapes, zero rows and invalid quantile ranges raise ValueError"""
        X = np.arange(8.0).reshape(4, 2)
        cases = [
            ("a 1-D X", lambda: fit_robust_scaler(np.arange(4.0))),
            ("zero rows", lambda: fit_robust_scaler(np.zeros((0, 2)))),
            ("quantile_range (75, 25)", lambda: fit_robust_scaler(X, (75.0, 25.0))),
            ("quantile_range (50, 50)", lambda: fit_robust_scaler(X, (50.0, 50.0))),
            ("quantile_range (-5, 75)", lambda: fit_robust_scaler(X, (-5.0, 75.0))),
            ("quantile_range (25, 101)", lambda: fit_robust_scaler(X, (25.0, 101.0))),
            ("center of shape (3,)", lambda: apply_robust_scaler(X, np.zeros(3), np.ones(2))),
            ("scale of shape (1, 2)", lambda: apply_robust_scaler(X, np.zeros(2), np.ones((1, 2)))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
