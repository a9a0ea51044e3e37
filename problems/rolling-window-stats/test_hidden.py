import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import rolling_mean_std

RTOL, ATOL = 1e-6, 1e-9


def check_nan_close(actual, expected, what, atol=ATOL, rtol=RTOL):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    bad = np.flatnonzero(np.isnan(a) != np.isnan(e))
    check(bad.size == 0, "%s: NaN in the wrong places (first at index %s)" % (what, bad[:1].tolist()), e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], atol, rtol, what)


def _windows(x, window, min_periods):
    # Each window separately, two-pass with exact-rounding sums.
    x = [float(v) for v in x]
    mean, std = [], []
    for t in range(len(x)):
        w = x[max(0, t - window + 1): t + 1]
        if len(w) < min_periods:
            mean.append(math.nan)
            std.append(math.nan)
            continue
        m = math.fsum(w) / len(w)
        mean.append(m)
        std.append(math.sqrt(math.fsum((v - m) ** 2 for v in w) / (len(w) - 1)) if len(w) >= 2 else math.nan)
    return mean, std


class HiddenTests(unittest.TestCase):
    def test_random_against_windows(self):
        """Random series, windows and min_periods match a per-window two-pass computation"""
        rng = np.random.default_rng(12)
        for trial in range(12):
            n = int(rng.integers(1, 120))
            window = int(rng.integers(1, 30))
            mp = int(rng.integers(1, window + 1))
            x = rng.normal(0, 3, size=n) + rng.uniform(-50, 50)
            mean, std = rolling_mean_std(x, window, min_periods=mp)
            e_mean, e_std = _windows(x, window, mp)
            what = " (trial %d: n=%d window=%d min_periods=%d)" % (trial, n, window, mp)
            check_nan_close(mean, e_mean, "mean" + what)
            check_nan_close(std, e_std, "std" + what)

    def test_values_around_a_million(self):
        """A counter near 1e6 with unit noise: the rolling std stays near 1, accurate to 1e-6"""
        rng = np.random.default_rng(99)
        n = 3000
        x = 1e6 + 0.01 * np.arange(n) + rng.normal(0, 1, size=n)
        mean, std = rolling_mean_std(x, 40)
        e_mean, e_std = _windows(x, 40, 40)
        check_nan_close(std, e_std, "std of values around 1e6")
        check_nan_close(mean, e_mean, "mean of values around 1e6", atol=1e-6, rtol=0)

    def test_constant_series_has_zero_std(self):
        """A constant series has rolling std 0 (not a tiny negative variance turned into NaN)"""
        mean, std = rolling_mean_std([7.1] * 10, 4)
        check_nan_close(std, [math.nan] * 3 + [0.0] * 7, "std of a constant series", atol=1e-9, rtol=0)

    def test_window_longer_than_series(self):
        """window > len(x): all NaN by default, partial windows with a small min_periods"""
        mean, std = rolling_mean_std([1.0, 2.0, 3.0], 10)
        check_nan_close(mean, [math.nan] * 3, "mean with window 10 on 3 values")
        mean, std = rolling_mean_std([1.0, 2.0, 3.0], 10, min_periods=2)
        check_nan_close(mean, [math.nan, 1.5, 2.0], "mean with min_periods=2")
        check_nan_close(std, [math.nan, math.sqrt(0.5), 1.0], "std with min_periods=2")

    def test_integer_list_gives_float64(self):
        """Integer lists give float64 arrays"""
        mean, std = rolling_mean_std([1, 2, 3, 4], 2)
        check(np.asarray(mean).dtype == np.float64 and np.asarray(std).dtype == np.float64, "results must be float64",
              "float64", (np.asarray(mean).dtype, np.asarray(std).dtype))
        check_nan_close(mean, [math.nan, 1.5, 2.5, 3.5], "mean of [1, 2, 3, 4], window 2")

    def test_invalid_input_raises(self):
        """Bad windows, min_periods, non-finite values and 2-D input raise ValueError"""
        x = [1.0, 2.0, 3.0]
        cases = {
            "window 0": (x, 0, None),
            "float window": (x, 2.0, None),
            "bool window": (x, True, None),
            "min_periods 0": (x, 2, 0),
            "min_periods above window": (x, 2, 3),
            "NaN in x": ([1.0, float("nan"), 3.0], 2, None),
            "infinity in x": ([1.0, float("inf"), 3.0], 2, None),
            "2-D x": ([x], 2, None),
        }
        for name, (xs, w, mp) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                rolling_mean_std(xs, w, min_periods=mp)

    def test_input_not_modified(self):
        """x is left unchanged"""
        x = np.array([5.0, 3.0, 8.0, 1.0, 9.0, 2.0])
        before = x.copy()
        rolling_mean_std(x, 3, min_periods=2)
        check_close(x, before, 0, 0, "x after the call")


if __name__ == "__main__":
    unittest.main()
