import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import pacf

ATOL = 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """[1, 2, 4, 3, 5, 6] up to lag 2: phi_11 = r1 and phi_22 = (r2 - r1^2) / (1 - r1^2)"""
        r1, r2 = 5.75 / 17.5, -1.0 / 17.5
        got = pacf([1, 2, 4, 3, 5, 6], 2)
        check_shape(got, (3,), "pacf([1, 2, 4, 3, 5, 6], 2)")
        check_close(got, [1.0, r1, (r2 - r1 ** 2) / (1 - r1 ** 2)], ATOL, 0, "pacf([1, 2, 4, 3, 5, 6], 2)")

    def test_lag_zero(self):
        """max_lag = 0 gives [1.0]"""
        got = pacf([3.0, 1.0, 2.0], 0)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64",
              getattr(got, "dtype", type(got).__name__))
        check_close(got, [1.0], ATOL, 0, "pacf(y, 0)")

    def test_ar1_cuts_off(self):
        """An AR(1) series with phi = 0.6: PACF about 0.6 at lag 1 and near 0 after"""
        rng = np.random.default_rng(1)
        e = rng.normal(size=3000)
        y = np.zeros(3000)
        for t in range(1, 3000):
            y[t] = 0.6 * y[t - 1] + e[t]
        got = np.asarray(pacf(y, 5))
        check(abs(got[1] - 0.6) < 0.05, "lag-1 PACF of an AR(1) with phi 0.6", "0.6 +- 0.05", got[1])
        check(np.all(np.abs(got[2:]) < 0.06), "PACF beyond lag 1 of an AR(1) should be near 0", "|value| < 0.06", got[2:])


if __name__ == "__main__":
    unittest.main()
