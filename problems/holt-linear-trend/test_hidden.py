import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import holt

RTOL, ATOL = 1e-9, 1e-12


def check_nan_close(actual, expected, what, atol=ATOL, rtol=RTOL):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], atol, rtol, what)


def _error_correction(y, alpha, beta, horizon):
    # The equivalent error-correction form: level += alpha * e, trend += alpha * beta * e.
    y = [float(v) for v in y]
    lv, tr = [y[0]], [y[1] - y[0]]
    fit = [float("nan")]
    for t in range(1, len(y)):
        f = lv[-1] + tr[-1]
        e = y[t] - f
        fit.append(f)
        lv.append(f + alpha * e)
        tr.append(tr[-1] + alpha * beta * e)
    return lv, tr, fit, [lv[-1] + h * tr[-1] for h in range(1, horizon + 1)]


class HiddenTests(unittest.TestCase):
    def test_random_against_error_correction_form(self):
        """Random trending series and constants match the error-correction form of Holt's method"""
        rng = np.random.default_rng(17)
        for trial in range(12):
            n = int(rng.integers(2, 60))
            y = 100 + np.cumsum(rng.normal(0.5, 2, size=n))
            alpha, beta = float(rng.uniform(0.05, 1)), float(rng.uniform(0.05, 1))
            horizon = int(rng.integers(0, 10))
            got = holt(y, alpha, beta, horizon)
            exp = _error_correction(y, alpha, beta, horizon)
            what = " (trial %d, n=%d, alpha=%.3f, beta=%.3f)" % (trial, n, alpha, beta)
            for name, a, e in zip(("level", "trend", "fitted", "forecasts"), got, exp):
                check_nan_close(a, e, name + what, atol=1e-9)

    def test_two_points(self):
        """Two values: the trend is their difference and the forecasts extend it"""
        level, trend, fitted, forecasts = holt([5.0, 8.0], 0.4, 0.7, 3)
        check_nan_close(level, [5.0, 8.0], "level")
        check_nan_close(trend, [3.0, 3.0], "trend")
        check_nan_close(fitted, [np.nan, 8.0], "fitted")
        check_nan_close(forecasts, [11.0, 14.0, 17.0], "forecasts")

    def test_trend_follows_the_level_not_the_data(self):
        """alpha=0.2, beta=1: the trend equals the last change in LEVEL, which differs from the last change in y"""
        y = [0.0, 1.0, 5.0, 2.0, 9.0]
        level, trend, _, _ = holt(y, 0.2, 1.0, 0)
        level = np.asarray(level)
        check_nan_close(np.asarray(trend)[1:], np.diff(level), "trend with beta=1")

    def test_alpha_and_beta_one(self):
        """alpha=beta=1: the level is the data and the trend is the last difference"""
        y = np.array([2.0, 3.0, 7.0, 6.0, 10.0])
        level, trend, fitted, forecasts = holt(y, 1.0, 1.0, 2)
        check_nan_close(level, y, "level with alpha=1")
        check_nan_close(trend, [1.0, 1.0, 4.0, -1.0, 4.0], "trend with beta=1")
        check_nan_close(forecasts, [14.0, 18.0], "forecasts")

    def test_integer_list_gives_float64(self):
        """Integer lists give float64 arrays"""
        out = holt([1, 3, 4, 8], 0.5, 0.5, 2)
        check(all(np.asarray(a).dtype == np.float64 for a in out), "all outputs must be float64", "float64",
              [np.asarray(a).dtype for a in out])

    def test_invalid_input_raises(self):
        """Short, 2-D or non-finite series, bad constants and bad horizons raise ValueError"""
        y = [1.0, 2.0, 3.0]
        cases = {
            "one value": ([1.0], 0.5, 0.5, 1),
            "2-D": ([y], 0.5, 0.5, 1),
            "NaN": ([1.0, float("nan"), 3.0], 0.5, 0.5, 1),
            "alpha 0": (y, 0.0, 0.5, 1),
            "beta above 1": (y, 0.5, 1.2, 1),
            "negative horizon": (y, 0.5, 0.5, -1),
            "float horizon": (y, 0.5, 0.5, 2.0),
            "bool horizon": (y, 0.5, 0.5, True),
        }
        for name, args in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                holt(*args)

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([4.0, 6.0, 5.0, 9.0])
        before = y.copy()
        holt(y, 0.5, 0.3, 2)
        check_close(y, before, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
