import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape

from solution import seasonal_decompose

ATOL, RTOL = 1e-6, 1e-9
NAN = math.nan


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    bad = np.flatnonzero(np.isnan(a) != np.isnan(e))
    check(bad.size == 0, "%s: NaN in the wrong places (first at index %s)" % (what, bad[:1].tolist()), e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], ATOL, RTOL, what)


class VisibleTests(unittest.TestCase):
    def test_odd_period_example(self):
        """Period 3: trend 3..9 with NaN at both ends, seasonal [-1, 2, -1] repeated, residual 0"""
        trend, seasonal, resid = seasonal_decompose([1, 5, 3, 4, 8, 6, 7, 11, 9], 3)
        check_nan_close(trend, [NAN, 3, 4, 5, 6, 7, 8, 9, NAN], "trend")
        check_nan_close(seasonal, [-1, 2, -1] * 3, "seasonal")
        check_nan_close(resid, [NAN] + [0.0] * 7 + [NAN], "resid")

    def test_even_period_uses_centred_window(self):
        """Period 4: trend[2] = (0.5*5 + 2 + 1 + 6 + 0.5*9) / 4 = 4, with two NaN at each end"""
        trend, _, _ = seasonal_decompose([5, 2, 1, 6, 9, 6, 3, 10, 13, 10, 7, 14], 4)
        check_nan_close(trend, [NAN, NAN, 4.0, 5.0, 5.75, 6.5, 7.5, 8.5, 9.5, 10.5, NAN, NAN], "trend with period 4")

    def test_linear_trend_plus_pattern(self):
        """A line 2t + 1 plus the pattern [3, -1, -4, 2] (period 4) is split back exactly"""
        t = np.arange(16)
        pattern = np.array([3.0, -1.0, -4.0, 2.0])
        trend, seasonal, resid = seasonal_decompose(2 * t + 1 + pattern[t % 4], 4)
        check_nan_close(trend, np.where((t >= 2) & (t <= 13), 2.0 * t + 1, NAN), "trend of a line plus a pattern")
        check_nan_close(seasonal, pattern[t % 4], "seasonal of a line plus a pattern")
        check_nan_close(resid, np.where((t >= 2) & (t <= 13), 0.0, NAN), "resid of a line plus a pattern")


if __name__ == "__main__":
    unittest.main()
