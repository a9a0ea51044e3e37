import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import acf, significant_lags


def _exact_acf(y, max_lag):
    # Exact rational arithmetic on the float inputs.
    y = [Fraction(float(v)) for v in y]
    n = len(y)
    m = sum(y) / n
    d = [v - m for v in y]
    den = sum(v * v for v in d)
    return [float(sum(d[t] * d[t - k] for t in range(k, n)) / den) for k in range(max_lag + 1)]


class HiddenTests(unittest.TestCase):
    def test_random_against_exact(self):
        """Random series and lags match an exact rational computation"""
        rng = np.random.default_rng(9)
        for trial in range(10):
            n = int(rng.integers(2, 50))
            y = rng.normal(5, 2, size=n)
            k = int(rng.integers(0, n))
            check_close(acf(y, k), _exact_acf(y, k), 1e-9, 0, "acf (trial %d, n=%d, max_lag=%d)" % (trial, n, k))

    def test_large_level(self):
        """A series around 1e8 with unit noise: the ACF is unchanged by the level"""
        rng = np.random.default_rng(2)
        noise = rng.normal(size=300)
        y = 1e8 + noise + 0.5 * np.concatenate([[0.0], noise[:-1]])
        check_close(acf(y, 5), _exact_acf(y, 5), 1e-9, 0, "acf of values around 1e8")

    def test_ar1_decay(self):
        """An AR(1) with coefficient 0.8 has r[k] close to 0.8**k"""
        rng = np.random.default_rng(1)
        e = rng.normal(size=5000).tolist()
        y = [0.0]
        for t in range(1, 5000):
            y.append(0.8 * y[-1] + e[t])
        check_close(acf(y, 4), [0.8 ** k for k in range(5)], 0.06, 0, "acf of an AR(1) with phi=0.8")

    def test_significant_lags_on_seasonal_data(self):
        """Period-4 data with noise: lags 4 and 8 are significant, with the bound z / sqrt(n)"""
        rng = np.random.default_rng(6)
        y = np.tile([3.0, -1.0, -1.0, -1.0], 50) + rng.normal(0, 0.5, size=200)
        r = _exact_acf(y, 9)
        bound = 1.96 / math.sqrt(200)
        expected = [k for k in range(1, 10) if abs(r[k]) > bound]
        check(all(abs(abs(r[k]) - bound) > 1e-3 for k in range(1, 10)), "test data must keep away from the bound")
        got = significant_lags(y, 9)
        check_equal(list(got), expected, "significant lags of period-4 data")
        check(4 in expected and 8 in expected, "sanity: the seasonal lags are significant")
        check(all(isinstance(k, int) for k in got), "lags must be Python ints", "int", [type(k).__name__ for k in got])

    def test_bound_uses_the_series_length(self):
        """The bound is z / sqrt(n) for every lag, not z / sqrt(n - k)"""
        y = [1.0, 2.0, 4.0, 3.0, 5.0, 6.0]
        r2 = abs(_exact_acf(y, 2)[2])  # 1 / 17.5
        z = r2 / ((1 / math.sqrt(6) + 1 / math.sqrt(4)) / 2)  # puts |r2| between z/sqrt(6) and z/sqrt(4)
        check_equal(list(significant_lags(y, 3, z=z)), [1, 2], "significant lags with z=%.4f" % z)

    def test_bound_is_strict(self):
        """A lag whose |r[k]| equals the bound exactly is not significant (strict >)"""
        # d = [1, 1, -1, -1]: r = [1, 0.25, -0.5, -0.25], all exact in binary; bound = 0.5 / sqrt(4) = 0.25.
        y = [3.0, 3.0, 1.0, 1.0]
        check_close(acf(y, 3), [1.0, 0.25, -0.5, -0.25], 0.0, 0.0, "acf")
        check_equal(significant_lags(y, 3, z=0.5), [2], "significant lags")

    def test_max_lag_limits(self):
        """max_lag=0 gives [1.0]; max_lag=n-1 is allowed"""
        check_close(acf([1.0, 4.0, 2.0], 0), [1.0], 1e-12, 0, "acf with max_lag=0")
        check_close(acf([1.0, 4.0, 2.0], 2), _exact_acf([1.0, 4.0, 2.0], 2), 1e-9, 0, "acf with max_lag=n-1")

    def test_invalid_input_raises(self):
        """Constant, short, 2-D or non-finite series, bad max_lag and bad z raise ValueError"""
        cases = {
            "constant series": lambda: acf([2.0, 2.0, 2.0], 1),
            "one value": lambda: acf([1.0], 0),
            "2-D series": lambda: acf([[1.0, 2.0, 3.0]], 1),
            "NaN": lambda: acf([1.0, float("nan"), 2.0], 1),
            "max_lag = n": lambda: acf([1.0, 2.0, 4.0], 3),
            "negative max_lag": lambda: acf([1.0, 2.0, 4.0], -1),
            "float max_lag": lambda: acf([1.0, 2.0, 4.0], 1.0),
            "z = 0": lambda: significant_lags([1.0, 2.0, 4.0], 1, z=0.0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([3.0, 1.0, 4.0, 1.0, 5.0])
        before = y.copy()
        acf(y, 3)
        significant_lags(y, 3)
        check_close(y, before, 0, 0, "y after the calls")


if __name__ == "__main__":
    unittest.main()
