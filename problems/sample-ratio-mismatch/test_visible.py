import math
import unittest

from mlreps_check import check, check_close
from solution import srm_check

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
    def test_two_arms(self):
        """50,250 vs 49,750 on a 50/50 split: statistic 2.5, p = erfc(sqrt(1.25)), no SRM"""
        stat, p, flag = srm_check([50250, 49750])
        check_close(stat, 2.5, 0, 1e-9, "statistic")
        check_close(p, math.erfc(math.sqrt(1.25)), 1e-12, 1e-7, "p-value")
        check(flag is False or flag == False, "no mismatch at p = 0.114", False, flag)

    def test_three_arms_flagged(self):
        """[10000, 10500, 9700] on an equal split is a clear SRM (df = 2)"""
        stat, p, flag = srm_check([10000, 10500, 9700])
        e = 30200 / 3
        expected_stat = sum((o - e) ** 2 / e for o in (10000, 10500, 9700))
        check_close(stat, expected_stat, 0, 1e-9, "statistic")
        check_close(p, _chi2_sf(expected_stat, 2), 1e-12, 1e-7, "p-value")
        check(bool(flag) is True, "p = 9e-8 is below 0.001: mismatch", True, flag)

    def test_unequal_ratios(self):
        """ratios [1, 1, 2]: expected counts 5000, 5000, 10000 give statistic 4.0"""
        stat, p, flag = srm_check([5100, 4900, 10000], ratios=[1, 1, 2])
        check_close(stat, 4.0, 0, 1e-9, "statistic")
        check_close(p, math.exp(-2.0), 1e-12, 1e-7, "p-value (df = 2: exp(-x/2))")


if __name__ == "__main__":
    unittest.main()
