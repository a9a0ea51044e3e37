import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_ar, forecast_ar

RTOL, ATOL = 1e-6, 1e-9
Y = [1.0, 2.0, 1.5, 2.5, 2.0, 3.0, 2.6]


class VisibleTests(unittest.TestCase):
    def test_ar1_by_hand(self):
        """AR(1) on the example: slope 0.35 / 2.5 = 0.14, intercept 2.2667 - 0.14 * 2"""
        c, phi = fit_ar(Y, 1)
        check_shape(phi, (1,), "phi")
        check_close(phi, [0.14], ATOL, RTOL, "phi")
        check_close(c, 13.6 / 6 - 0.28, ATOL, RTOL, "c")
        check(isinstance(c, float), "c must be a Python float", "float", type(c).__name__)

    def test_recursive_forecast(self):
        """Forecasts feed back in: with c=1, phi=[0.5, 0.2] after [..., 4, 2] they are 2.8, 2.8, 2.96"""
        got = forecast_ar([9.0, 4.0, 2.0], 1.0, [0.5, 0.2], 3)
        check_close(got, [1 + 0.5 * 2 + 0.2 * 4, 1 + 0.5 * 2.8 + 0.2 * 2, 1 + 0.5 * 2.8 + 0.2 * 2.8], ATOL, RTOL, "forecasts")

    def test_too_short_raises(self):
        """AR(3) needs at least 7 observations: 6 raise ValueError"""
        with self.assertRaises(ValueError):
            fit_ar([1.0, 2.0, 4.0, 3.0, 5.0, 4.5], 3)


if __name__ == "__main__":
    unittest.main()
