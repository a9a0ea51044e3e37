import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import mean_absolute_error, mean_squared_error, r2_score

ATOL, RTOL = 1e-9, 1e-7


class HiddenTests(unittest.TestCase):
    def test_constant_target(self):
        """Constant y_true: R^2 is 1.0 for exact predictions and 0.0 otherwise"""
        check_close(r2_score([2.0, 2.0, 2.0], [2.0, 2.0, 2.0]), 1.0, ATOL, RTOL, "r2_score, constant y, exact")
        check_close(r2_score([2.0, 2.0, 2.0], [1.0, 2.0, 3.0]), 0.0, ATOL, RTOL, "r2_score, constant y, inexact")
        check_close(r2_score([5.0], [4.0]), 0.0, ATOL, RTOL, "r2_score with one sample")

    def test_constant_target_with_rounding(self):
        """y_true = [0.1, 0.1, 0.1] is constant even though its computed SS_tot is not exactly 0"""
        got = r2_score([0.1, 0.1, 0.1], [0.1, 0.2, 0.1])
        check_close(got, 0.0, ATOL, RTOL, "r2_score([0.1, 0.1, 0.1], [0.1, 0.2, 0.1])")
        check_close(r2_score([0.1, 0.1, 0.1], [0.1, 0.1, 0.1]), 1.0, ATOL, RTOL, "r2_score of exact predictions")

    def test_negative_r2(self):
        """Predictions worse than the mean give negative R^2 (reversed [1, 2, 3] gives -3)"""
        check_close(r2_score([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]), -3.0, ATOL, RTOL, "r2_score of reversed predictions")
        check_close(r2_score([1.0, 2.0, 3.0], [2.0, 2.0, 2.0]), 0.0, ATOL, RTOL, "r2_score of predicting the mean")

    def test_mae_uses_absolute_values(self):
        """Errors of opposite sign do not cancel: MAE of errors +2 and -2 is 2"""
        check_close(mean_absolute_error([0.0, 0.0], [2.0, -2.0]), 2.0, ATOL, RTOL, "mean_absolute_error")
        check_close(mean_squared_error([0.0, 0.0], [2.0, -2.0]), 4.0, ATOL, RTOL, "mean_squared_error (not RMSE)")

    def test_randomized_against_loops(self):
        """Random data matches loop-based MSE, MAE and R^2"""
        rng = np.random.default_rng(77)
        for trial in range(8):
            n = int(rng.integers(2, 50))
            y = rng.normal(size=n) * rng.uniform(0.5, 20) + rng.uniform(-100, 100)
            yhat = y + rng.normal(size=n) * rng.uniform(0.1, 30)
            yl, pl = y.tolist(), yhat.tolist()
            mse = sum((a - b) ** 2 for a, b in zip(yl, pl)) / n
            mae = sum(abs(a - b) for a, b in zip(yl, pl)) / n
            mu = sum(yl) / n
            r2 = 1 - sum((a - b) ** 2 for a, b in zip(yl, pl)) / sum((a - mu) ** 2 for a in yl)
            check_close(mean_squared_error(y, yhat), mse, ATOL, RTOL, "mean_squared_error (trial %d)" % trial)
            check_close(mean_absolute_error(y, yhat), mae, ATOL, RTOL, "mean_absolute_error (trial %d)" % trial)
            check_close(r2_score(y, yhat), r2, ATOL, RTOL, "r2_score (trial %d)" % trial)

    def test_perfect_predictions(self):
        """Perfect predictions: MSE 0, MAE 0, R^2 1"""
        y = np.array([1.5, -2.0, 4.0, 0.0])
        check_close(mean_squared_error(y, y.copy()), 0.0, ATOL, RTOL, "mean_squared_error")
        check_close(mean_absolute_error(y, y.copy()), 0.0, ATOL, RTOL, "mean_absolute_error")
        check_close(r2_score(y, y.copy()), 1.0, ATOL, RTOL, "r2_score")

    def test_returns_python_floats(self):
        """All three return floats"""
        vals = [f([1.0, 2.0, 4.0], [1.0, 3.0, 3.0]) for f in (mean_squared_error, mean_absolute_error, r2_score)]
        check(all(isinstance(v, float) for v in vals), "results must be floats", "three floats",
              [type(v).__name__ for v in vals])

    def test_invalid_input_raises(self):
        """Mismatched lengths and empty inputs raise ValueError in all three"""
        for f in (mean_squared_error, mean_absolute_error, r2_score):
            check_raises(ValueError, f, [1.0, 2.0, 3.0], [1.0, 2.0], what=f.__name__ + " with lengths 3 and 2")
            check_raises(ValueError, f, [], [], what=f.__name__ + " with empty input")


class GapTests(unittest.TestCase):
    def test_r2_with_large_values(self):
        """y_true near 1e8 with unit spread: R^2 is as accurate as for centred data"""
        y_true = np.array([1e8 + 1.0, 1e8 - 1.0, 1e8 + 2.0, 1e8 - 2.0, 1e8])
        y_pred = y_true + np.array([0.5, -0.5, 0.0, 0.5, -0.5])
        # SS_tot = 1 + 1 + 4 + 4 + 0 = 10; SS_res = 4 * 0.25 = 1.
        check_close(r2_score(y_true, y_pred), 0.9, 1e-9, 1e-7, "r2_score around 1e8")


if __name__ == "__main__":
    unittest.main()
