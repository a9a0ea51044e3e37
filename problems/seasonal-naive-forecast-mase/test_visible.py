import unittest

from mlreps_check import check_close, check_shape
from solution import mase, seasonal_naive_forecast

RTOL, ATOL = 1e-9, 1e-12
Y = [10, 20, 30, 12, 22, 33, 11, 24, 31]


class VisibleTests(unittest.TestCase):
    def test_forecast_repeats_the_last_season(self):
        """m=3, horizon=5: the last season [11, 24, 31] repeats"""
        got = seasonal_naive_forecast(Y, 3, 5)
        check_shape(got, (5,), "forecast shape")
        check_close(got, [11, 24, 31, 11, 24], ATOL, RTOL, "forecast")

    def test_mase_example(self):
        """Test MAE 2 over an in-sample seasonal naive MAE of 2 gives MASE 1"""
        check_close(mase(Y, [13, 25, 34], [11, 24, 31], 3), 1.0, ATOL, RTOL, "mase")

    def test_m_equals_one(self):
        """m=1 is the plain naive forecast and its scale is the mean absolute first difference"""
        check_close(seasonal_naive_forecast([3.0, 5.0, 4.0], 1, 3), [4.0, 4.0, 4.0], ATOL, RTOL, "naive forecast")
        check_close(mase([3.0, 5.0, 4.0], [6.0], [4.0], 1), 2.0 / 1.5, ATOL, RTOL, "mase with m=1")


if __name__ == "__main__":
    unittest.main()
