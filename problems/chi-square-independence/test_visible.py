import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import chi2_independence

def _chi2_sf(x, df):
    # Regularized upper incomplete gamma Q(df/2, x/2): series below a+1, continued fraction above.
    a, z = df / 2.0, x / 2.0
    if z <= 0:
        return 1.0
    log_front = -z + a * math.log(z) - math.lgamma(a)
    if z < a + 1:
        term = total = 1.0 / a
        n = 0
        while abs(term) > 1e-17 * abs(total):
            n += 1
            term *= z / (a + n)
            total += term
        return 1.0 - total * math.exp(log_front)
    tiny = 1e-300
    b = z + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < 1e-16:
            break
    return math.exp(log_front) * h


class VisibleTests(unittest.TestCase):
    def test_two_by_two(self):
        """[[30, 10], [20, 40]]: expected [[20, 20], [30, 30]], statistic 50/3, df 1"""
        stat, df, p, expected, v = chi2_independence([[30, 10], [20, 40]])
        check_close(expected, [[20, 20], [30, 30]], 0, 1e-9, "expected")
        check_close(stat, 50 / 3, 0, 1e-9, "statistic")
        check_equal(df, 1, "df")
        check_close(p, math.erfc(math.sqrt(25 / 3)), 1e-12, 1e-7, "p-value")
        check_close(v, math.sqrt(1 / 6), 0, 1e-9, "Cramer's V")

    def test_two_by_three(self):
        """A 2 x 3 table has df 2 and p = exp(-statistic / 2)"""
        stat, df, p, expected, v = chi2_independence([[12, 5, 9], [7, 14, 3]])
        check_equal(df, 2, "df")
        check_close(p, math.exp(-stat / 2), 1e-12, 1e-7, "p-value")
        check_close(expected[0], [26 * 19 / 50, 26 * 19 / 50, 26 * 12 / 50], 0, 1e-9, "first row of expected")

    def test_independent_table(self):
        """A table whose rows are proportional has statistic 0, p-value 1 and V 0"""
        stat, df, p, expected, v = chi2_independence([[10, 20, 30], [5, 10, 15]])
        check_close([stat, p, v], [0.0, 1.0, 0.0], 1e-12, 0, "statistic, p-value, V")


if __name__ == "__main__":
    unittest.main()
