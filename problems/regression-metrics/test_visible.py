import unittest

from mlreps_check import check_close
from solution import mean_absolute_error, mean_squared_error, r2_score

ATOL, RTOL = 1e-9, 1e-7
Y_TRUE = [3.0, -0.5, 2.0, 7.0]
Y_PRED = [2.5, 0.0, 2.0, 8.0]


class VisibleTests(unittest.TestCase):
    def test_mse(self):
        """MSE of the example is 0.375"""
        check_close(mean_squared_error(Y_TRUE, Y_PRED), 0.375, ATOL, RTOL, "mean_squared_error")

    def test_mae(self):
        """MAE of the example is 0.5"""
        check_close(mean_absolute_error(Y_TRUE, Y_PRED), 0.5, ATOL, RTOL, "mean_absolute_error")

    def test_r2(self):
        """R^2 of the example is 1 - 1.5 / 29.1875"""
        check_close(r2_score(Y_TRUE, Y_PRED), 1.0 - 1.5 / 29.1875, ATOL, RTOL, "r2_score")


if __name__ == "__main__":
    unittest.main()
