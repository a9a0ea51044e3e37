import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import best_alpha, ses

RTOL, ATOL = 1e-9, 1e-12


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], ATOL, RTOL, what)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """alpha=0.5 on [10, 12, 11, 15]: levels 10, 11, 11, 13 and forecast 13"""
        levels, fitted, forecast = ses([10, 12, 11, 15], 0.5)
        check_nan_close(levels, [10, 11, 11, 13], "levels")
        check_nan_close(fitted, [np.nan, 10, 11, 11], "fitted")
        check_close(forecast, 13.0, ATOL, RTOL, "forecast")

    def test_alpha_one_is_the_naive_forecast(self):
        """alpha=1 keeps only the latest value: the forecast of y[t] is y[t-1]"""
        levels, fitted, forecast = ses([3.0, 7.0, 5.0], 1.0)
        check_nan_close(fitted, [np.nan, 3.0, 7.0], "fitted with alpha=1")
        check_close(forecast, 5.0, ATOL, RTOL, "forecast with alpha=1")

    def test_best_alpha_example(self):
        """Among 0.1, 0.5 and 0.9, alpha=0.5 has the smallest one-step SSE (20)"""
        alpha, sse = best_alpha([10, 12, 11, 15], [0.1, 0.5, 0.9])
        check_close(alpha, 0.5, 0, 0, "best alpha")
        check_close(sse, 20.0, ATOL, RTOL, "its SSE")


if __name__ == "__main__":
    unittest.main()
