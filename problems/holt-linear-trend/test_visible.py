import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import holt

RTOL, ATOL = 1e-9, 1e-12


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], ATOL, RTOL, what)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """alpha=beta=0.5 on [10, 12, 15, 16, 20], worked by hand"""
        level, trend, fitted, forecasts = holt([10, 12, 15, 16, 20], 0.5, 0.5, 3)
        check_nan_close(level, [10, 12, 14.5, 16.375, 19.21875], "level")
        check_nan_close(trend, [2, 2, 2.25, 2.0625, 2.453125], "trend")
        check_nan_close(fitted, [np.nan, 12, 14, 16.75, 18.4375], "fitted")
        check_nan_close(forecasts, [21.671875, 24.125, 26.578125], "forecasts")

    def test_straight_line_is_followed_exactly(self):
        """On y = 3 + 2t every one-step forecast is exact and the forecasts continue the line"""
        y = 3.0 + 2.0 * np.arange(8)
        level, trend, fitted, forecasts = holt(y, 0.3, 0.2, 4)
        check_nan_close(fitted[1:], y[1:], "fitted on a straight line")
        check_nan_close(trend, [2.0] * 8, "trend on a straight line")
        check_nan_close(forecasts, 3.0 + 2.0 * np.arange(8, 12), "forecasts on a straight line")

    def test_zero_horizon(self):
        """horizon=0 gives an empty forecast array"""
        *_, forecasts = holt([1.0, 2.0, 4.0], 0.5, 0.5, 0)
        check_shape(forecasts, (0,), "forecasts with horizon 0")


if __name__ == "__main__":
    unittest.main()
