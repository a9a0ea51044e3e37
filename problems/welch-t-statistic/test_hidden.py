import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close
from solution import welch_t

ATOL, RTOL = 1e-12, 1e-8


def _exact(a, b):
    # Means, variances and df in exact rational arithmetic on the float inputs.
    def moments(x):
        x = [Fraction(float(v)) for v in x]
        n = len(x)
        m = sum(x) / n
        return m, sum((v - m) ** 2 for v in x) / (n - 1), n
    ma, va, na = moments(a)
    mb, vb, nb = moments(b)
    qa, qb = va / na, vb / nb
    se = math.sqrt(float(qa + qb))
    return float(ma - mb) / se, float((qa + qb) ** 2 / (qa ** 2 / (na - 1) + qb ** 2 / (nb - 1))), se


class HiddenTests(unittest.TestCase):
    def test_random_against_exact(self):
        """Random samples of different sizes and spreads match exact rational arithmetic"""
        rng = np.random.default_rng(44)
        for trial in range(15):
            a = rng.normal(rng.uniform(-5, 5), rng.uniform(0.1, 5), size=int(rng.integers(2, 40)))
            b = rng.normal(rng.uniform(-5, 5), rng.uniform(0.1, 5), size=int(rng.integers(2, 40)))
            check_close(welch_t(a, b), _exact(a, b), ATOL, RTOL, "welch_t (trial %d, sizes %d and %d)" % (trial, a.size, b.size))

    def test_values_around_a_million(self):
        """Samples around 1e6 with unit spread keep every digit of t, df and se"""
        rng = np.random.default_rng(2)
        a = 1e6 + rng.normal(0, 1, size=50)
        b = 1e6 + 0.3 + rng.normal(0, 2, size=70)
        check_close(welch_t(a, b), _exact(a, b), ATOL, 1e-7, "welch_t around 1e6")

    def test_df_bounds(self):
        """df lies between min(n_a, n_b) - 1 and n_a + n_b - 2"""
        rng = np.random.default_rng(9)
        for trial in range(10):
            a = rng.normal(0, rng.uniform(0.1, 10), size=int(rng.integers(2, 30)))
            b = rng.normal(0, rng.uniform(0.1, 10), size=int(rng.integers(2, 30)))
            _, df, _ = welch_t(a, b)
            lo, hi = min(a.size, b.size) - 1, a.size + b.size - 2
            check(lo - 1e-9 <= df <= hi + 1e-9, "df out of range (trial %d)" % trial, "%d .. %d" % (lo, hi), df)

    def test_one_constant_sample(self):
        """A constant sample contributes no variance: df = n_other - 1"""
        t, df, se = welch_t([5.0, 5.0, 5.0], [1.0, 2.0, 4.0, 9.0])
        check_close(df, 3.0, ATOL, RTOL, "df with one constant sample")
        check_close(se, math.sqrt(np.sum((np.array([1.0, 2, 4, 9]) - 4) ** 2) / 3 / 4), ATOL, RTOL, "se")

    def test_integer_lists_and_types(self):
        """Integer lists are accepted and the results are Python floats"""
        got = welch_t([1, 2, 3], [2, 4, 9])
        check(all(isinstance(v, float) for v in got), "results must be Python floats", "float", [type(v).__name__ for v in got])
        check_close(got, _exact([1, 2, 3], [2, 4, 9]), ATOL, RTOL, "welch_t of integer lists")

    def test_invalid_input_raises(self):
        """Short, 2-D or non-finite samples and two constant samples raise ValueError"""
        cases = {
            "one value": ([1.0], [1.0, 2.0]),
            "2-D": ([[1.0, 2.0]], [1.0, 2.0]),
            "NaN": ([1.0, float("nan")], [1.0, 2.0]),
            "both constant": ([3.0, 3.0], [4.0, 4.0, 4.0]),
        }
        for name, (a, b) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                welch_t(a, b)

    def test_inputs_not_modified(self):
        """a and b are left unchanged"""
        a = np.array([3.0, 1.0, 2.0])
        b = np.array([5.0, 9.0, 4.0, 6.0])
        ab, bb = a.copy(), b.copy()
        welch_t(a, b)
        check(np.array_equal(a, ab) and np.array_equal(b, bb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
