import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import rolling_mean_std

RTOL, ATOL = 1e-6, 1e-9
NAN = float("nan")


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], ATOL, RTOL, what)


class VisibleTests(unittest.TestCase):
    def test_full_windows_only(self):
        """window=3 on [1, 2, 4, 7, 11]: the first two steps are NaN"""
        mean, std = rolling_mean_std([1, 2, 4, 7, 11], 3)
        check_nan_close(mean, [NAN, NAN, 7 / 3, 13 / 3, 22 / 3], "mean")
        check_nan_close(std, [NAN, NAN, math.sqrt(7 / 3), math.sqrt(19 / 3), math.sqrt(37 / 3)], "std")

    def test_min_periods_one(self):
        """min_periods=1 fills the partial windows; std of a single value stays NaN"""
        mean, std = rolling_mean_std([1, 2, 4, 7, 11], 3, min_periods=1)
        check_nan_close(mean, [1.0, 1.5, 7 / 3, 13 / 3, 22 / 3], "mean")
        check_nan_close(std, [NAN, math.sqrt(0.5), math.sqrt(7 / 3), math.sqrt(19 / 3), math.sqrt(37 / 3)], "std")

    def test_window_of_one(self):
        """window=1: the mean is the series itself and the std is always NaN"""
        mean, std = rolling_mean_std([3.0, -1.0, 2.5], 1)
        check_nan_close(mean, [3.0, -1.0, 2.5], "mean")
        check_nan_close(std, [NAN, NAN, NAN], "std")


if __name__ == "__main__":
    unittest.main()
