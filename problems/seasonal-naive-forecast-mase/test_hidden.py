import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import mase, seasonal_naive_forecast

RTOL, ATOL = 1e-9, 1e-12


class HiddenTests(unittest.TestCase):
    def test_random_forecasts_against_loops(self):
        """Random series, seasons and horizons match a loop over the last season"""
        rng = np.random.default_rng(3)
        for trial in range(20):
            m = int(rng.integers(1, 13))
            n = int(rng.integers(m, 60))
            h = int(rng.integers(0, 30))
            y = rng.normal(size=n)
            expected = [float(y[n - m + (k - 1) % m]) for k in range(1, h + 1)]
            got = seasonal_naive_forecast(y, m, h)
            check_shape(got, (h,), "forecast shape (trial %d)" % trial)
            check_close(got, expected, ATOL, RTOL, "forecast (trial %d, n=%d, m=%d, h=%d)" % (trial, n, m, h))

    def test_random_mase_against_loops(self):
        """Random MASE values match a loop computation"""
        rng = np.random.default_rng(8)
        for trial in range(15):
            m = int(rng.integers(1, 8))
            tr = rng.normal(10, 3, size=int(rng.integers(m + 1, 50)))
            te = rng.normal(10, 3, size=int(rng.integers(1, 12)))
            pr = te + rng.normal(0, 1, size=te.size)
            scale = math.fsum(abs(tr[t] - tr[t - m]) for t in range(m, tr.size)) / (tr.size - m)
            expected = math.fsum(abs(a - b) for a, b in zip(te, pr)) / te.size / scale
            got = mase(tr, te, pr, m)
            check(isinstance(got, float), "mase must return a Python float", "float", type(got).__name__)
            check_close(got, expected, ATOL, RTOL, "mase (trial %d, m=%d)" % (trial, m))

    def test_scale_uses_training_data_only(self):
        """Changing the test data never changes the scale: doubling every error doubles MASE"""
        tr = [5.0, 9.0, 6.0, 10.0, 4.0, 11.0]
        a = mase(tr, [1.0, 2.0], [0.0, 4.0], 2)
        b = mase(tr, [1.0, 2.0], [-1.0, 6.0], 2)
        check_close(b, 2 * a, ATOL, RTOL, "mase with doubled errors")
        check_close(a, 1.5 / (5.0 / 4), ATOL, RTOL, "mase with a season of 2 (scale 5/4)")

    def test_seasonal_naive_scores_its_own_errors(self):
        """The seasonal naive forecast's MASE is its test MAE over its in-sample MAE"""
        y = np.array([1.0, 5.0, 2.0, 6.0, 3.0, 7.0, 4.0, 8.0])
        tr, te = y[:6], y[6:]
        pred = seasonal_naive_forecast(tr, 2, 2)
        check_close(pred, [3.0, 7.0], ATOL, RTOL, "forecast")
        check_close(mase(tr, te, pred, 2), 1.0, ATOL, RTOL, "MASE of a steady seasonal trend")

    def test_integer_input_and_exactly_one_season(self):
        """Integer input of exactly m values forecasts float64 repeats"""
        got = seasonal_naive_forecast([1, 2, 3, 4], 4, 6)
        check(np.asarray(got).dtype == np.float64, "the forecast must be float64", "float64", np.asarray(got).dtype)
        check_close(got, [1, 2, 3, 4, 1, 2], ATOL, RTOL, "forecast from one season")

    def test_invalid_input_raises(self):
        """Bad m and horizon, short or 2-D series, length mismatch and a zero scale raise ValueError"""
        cases = {
            "m = 0": lambda: seasonal_naive_forecast([1.0, 2.0], 0, 1),
            "float m": lambda: seasonal_naive_forecast([1.0, 2.0], 1.0, 1),
            "bool horizon": lambda: seasonal_naive_forecast([1.0, 2.0], 1, True),
            "negative horizon": lambda: seasonal_naive_forecast([1.0, 2.0], 1, -1),
            "history shorter than a season": lambda: seasonal_naive_forecast([1.0, 2.0], 3, 1),
            "2-D history": lambda: seasonal_naive_forecast([[1.0, 2.0]], 1, 1),
            "training set of m values": lambda: mase([1.0, 2.0], [1.0], [1.0], 2),
            "length mismatch": lambda: mase([1.0, 2.0, 4.0], [1.0, 2.0], [1.0], 1),
            "empty test": lambda: mase([1.0, 2.0, 4.0], [], [], 1),
            "zero scale": lambda: mase([1.0, 2.0, 1.0, 2.0], [1.0], [3.0], 2),
            "NaN": lambda: mase([1.0, float("nan"), 4.0], [1.0], [1.0], 1),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """Inputs are left unchanged, and the forecast is not a view of y"""
        y = np.array([4.0, 8.0, 5.0, 9.0])
        before = y.copy()
        f = seasonal_naive_forecast(y, 2, 2)
        f[:] = -1.0
        mase(y, np.array([1.0]), np.array([2.0]), 2)
        check_close(y, before, 0, 0, "y after the calls")


if __name__ == "__main__":
    unittest.main()
