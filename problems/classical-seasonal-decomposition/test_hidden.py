import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
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


def _decompose(y, m):
    # Loops over positions with exactly rounded sums; the even case averages two m-windows.
    y = [float(v) for v in y]
    n, h = len(y), m // 2
    trend = [NAN] * n
    for t in range(h, n - h):
        if m % 2:
            trend[t] = math.fsum(y[t - h: t + h + 1]) / m
        else:
            left = math.fsum(y[t - h: t + h]) / m
            right = math.fsum(y[t - h + 1: t + h + 1]) / m
            trend[t] = (left + right) / 2
    raw = []
    for j in range(m):
        vals = [y[t] - trend[t] for t in range(j, n, m) if not math.isnan(trend[t])]
        raw.append(math.fsum(vals) / len(vals))
    centre = math.fsum(raw) / m
    index = [r - centre for r in raw]
    seasonal = [index[t % m] for t in range(n)]
    resid = [y[t] - trend[t] - seasonal[t] for t in range(n)]
    return trend, seasonal, resid


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random series, odd and even periods, lengths not a multiple of the period: all three parts match loops"""
        rng = np.random.default_rng(8)
        for trial, m in enumerate([2, 3, 4, 5, 7, 12, 6, 9]):
            n = int(rng.integers(2 * m, 6 * m + 5))
            y = np.cumsum(rng.normal(size=n)) + 5 * np.sin(2 * np.pi * np.arange(n) / m) + rng.normal(size=n)
            trend, seasonal, resid = seasonal_decompose(y.copy(), m)
            e_trend, e_seasonal, e_resid = _decompose(y, m)
            what = " (trial %d, n=%d, period=%d)" % (trial, n, m)
            check_nan_close(trend, e_trend, "trend" + what)
            check_nan_close(seasonal, e_seasonal, "seasonal" + what)
            check_nan_close(resid, e_resid, "resid" + what)

    def test_seasonal_indices_sum_to_zero(self):
        """Over any full period the seasonal component sums to 0, even when the raw averages do not"""
        rng = np.random.default_rng(3)
        y = 10 + rng.normal(size=30) + np.tile([4.0, 1.0, 0.0, 2.0, 0.0], 6)
        _, seasonal, _ = seasonal_decompose(y, 5)
        check_close(float(np.sum(np.asarray(seasonal)[:5])), 0.0, 1e-9, 0, "sum of the 5 seasonal indices")
        check_close(np.asarray(seasonal)[5:10], np.asarray(seasonal)[:5], 0, 0, "seasonal component repeats every period")

    def test_phase_counted_from_index_zero(self):
        """An even period with a pattern that starts at index 0: each phase gets its own index, not a shifted one"""
        t = np.arange(20)
        pattern = np.array([5.0, -2.0, 0.0, 1.0, -4.0, 0.0])
        _, seasonal, _ = seasonal_decompose(100.0 + pattern[t % 6], 6)
        check_nan_close(seasonal, pattern[t % 6], "seasonal of a constant plus a period-6 pattern")

    def test_shortest_series_and_ends(self):
        """n = 2 * period: NaN at exactly the first and last period // 2 positions"""
        for m in (2, 5, 8):
            y = np.arange(2 * m, dtype=float) ** 1.5
            trend, seasonal, resid = seasonal_decompose(y, m)
            e_trend, e_seasonal, e_resid = _decompose(y, m)
            check_nan_close(trend, e_trend, "trend with n = 2 * %d" % m)
            check_nan_close(seasonal, e_seasonal, "seasonal with n = 2 * %d" % m)
            check_nan_close(resid, e_resid, "resid with n = 2 * %d" % m)

    def test_level_near_a_million(self):
        """A series around 1e6 keeps full accuracy"""
        rng = np.random.default_rng(21)
        y = 1e6 + np.tile([3.0, -1.0, -2.0, 0.5], 12) + rng.normal(0, 0.5, size=48)
        got = seasonal_decompose(y, 4)
        for name, a, e in zip(("trend", "seasonal", "resid"), got, _decompose(y, 4)):
            check_nan_close(a, e, name + " near 1e6")

    def test_integer_list_gives_float64(self):
        """An integer list gives float64 arrays"""
        got = seasonal_decompose([1, 5, 3, 4, 8, 6, 7, 11, 9], 3)
        check(all(isinstance(a, np.ndarray) and a.dtype == np.float64 for a in got), "all three results must be float64 arrays",
              "float64", [getattr(a, "dtype", type(a).__name__) for a in got])

    def test_invalid_input_raises(self):
        """Short series, bad periods, 2-D input and non-finite values raise ValueError"""
        y = list(range(12))
        cases = [
            ("a series shorter than two periods", (y[:7], 4)),
            ("period 1", (y, 1)),
            ("period 0", (y, 0)),
            ("a float period", (y, 4.0)),
            ("a bool period", (y, True)),
            ("a 2-D series", ([y], 3)),
            ("a NaN value", ([1.0, NAN] + y, 3)),
            ("an infinite value", ([float("inf")] + y, 3)),
        ]
        for name, args in cases:
            check_raises(ValueError, seasonal_decompose, *args, what="seasonal_decompose with %s" % name)

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0])
        before = y.copy()
        seasonal_decompose(y, 4)
        check_close(y, before, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
