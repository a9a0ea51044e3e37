import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import pacf

ATOL = 1e-9


def _yule_walker_pacf(y, max_lag):
    # ACF with exactly rounded sums, then the last coefficient of each order-k Yule-Walker system.
    y = [float(v) for v in y]
    n = len(y)
    m = math.fsum(y) / n
    d = [v - m for v in y]
    gamma = [math.fsum(d[t] * d[t - k] for t in range(k, n)) / n for k in range(max_lag + 1)]
    r = np.array(gamma) / gamma[0]
    out = [1.0]
    for k in range(1, max_lag + 1):
        R = np.array([[r[abs(i - j)] for j in range(k)] for i in range(k)])
        out.append(float(np.linalg.solve(R, r[1: k + 1])[-1]))
    return out


class HiddenTests(unittest.TestCase):
    def test_random_against_yule_walker(self):
        """Random AR(2) and noise series: every lag matches the last Yule-Walker coefficient of that order"""
        rng = np.random.default_rng(12)
        for trial in range(8):
            n = int(rng.integers(20, 200))
            e = rng.normal(size=n)
            y = e.copy()
            a1, a2 = rng.uniform(-0.6, 0.6), rng.uniform(-0.3, 0.3)
            for t in range(2, n):
                y[t] = a1 * y[t - 1] + a2 * y[t - 2] + e[t]
            y = y * rng.uniform(0.5, 20) + rng.uniform(-50, 50)
            k = int(rng.integers(1, min(12, n - 1)))
            got = pacf(y.copy(), k)
            check_shape(got, (k + 1,), "pacf shape (trial %d)" % trial)
            check_close(got, _yule_walker_pacf(y, k), ATOL, 0, "pacf (trial %d, n=%d, max_lag=%d)" % (trial, n, k))

    def test_series_near_a_million(self):
        """A series around 1e6 with unit noise keeps full accuracy"""
        rng = np.random.default_rng(3)
        y = 1e6 + np.cumsum(rng.normal(size=80)) * 0.3 + rng.normal(size=80)
        check_close(pacf(y, 6), _yule_walker_pacf(y, 6), ATOL, 0, "pacf of a series near 1e6")

    def test_longest_allowed_lag(self):
        """max_lag = n - 1 is allowed and matches Yule-Walker"""
        y = [2.0, -1.0, 3.0, 0.5, 4.0, -2.0, 1.0]
        check_close(pacf(y, 6), _yule_walker_pacf(y, 6), 1e-8, 0, "pacf with max_lag = n - 1")

    def test_two_values(self):
        """Two values: r1 = -1/2, so the PACF is [1, -0.5]"""
        check_close(pacf([0, 1], 1), [1.0, -0.5], ATOL, 0, "pacf([0, 1], 1)")

    def test_integer_list_gives_float64(self):
        """An integer list gives a float64 array"""
        got = pacf([1, 2, 4, 3, 5, 6], 3)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64",
              getattr(got, "dtype", type(got).__name__))
        check_close(got, _yule_walker_pacf([1, 2, 4, 3, 5, 6], 3), ATOL, 0, "pacf of an integer list")

    def test_invalid_input_raises(self):
        """max_lag >= n, negative, float or bool lags, 2-D, short, constant and non-finite series raise ValueError"""
        y = [1.0, 3.0, 2.0, 5.0]
        cases = [
            ("max_lag = n", (y, 4)),
            ("max_lag > n", (y, 9)),
            ("a negative max_lag", (y, -1)),
            ("a float max_lag", (y, 2.0)),
            ("a bool max_lag", (y, True)),
            ("a 2-D series", ([y], 1)),
            ("a single value", ([1.0], 0)),
            ("a constant series", ([2.0, 2.0, 2.0], 1)),
            ("a NaN value", ([1.0, float("nan"), 2.0], 1)),
            ("an infinite value", ([1.0, float("inf"), 2.0], 1)),
        ]
        for name, args in cases:
            check_raises(ValueError, pacf, *args, what="pacf with %s" % name)

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([5.0, 3.0, 8.0, 1.0, 9.0, 2.0, 7.0])
        before = y.copy()
        pacf(y, 4)
        check_close(y, before, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
