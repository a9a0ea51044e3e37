import math
import unittest
from statistics import NormalDist

from mlreps_check import check, check_close, check_equal
from solution import n_per_arm_for_power, power_two_means

ATOL = 1e-9


def _phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def _expected_power(delta, sigma, n1, n2, alpha):
    z = NormalDist().inv_cdf(1 - alpha / 2)
    lam = abs(delta) / (sigma * math.sqrt(1 / n1 + 1 / n2))
    return _phi(lam - z) + _phi(-lam - z)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """delta=1, sigma=2, 64 per arm: power 0.80743; with delta=0 the power is alpha"""
        check_close(power_two_means(1.0, 2.0, 64, 64), 0.807430419432557, ATOL, 0, "power_two_means(1, 2, 64, 64)")
        check_close(power_two_means(0.0, 2.0, 64, 64), 0.05, ATOL, 0, "power_two_means(0, 2, 64, 64)")

    def test_unequal_arms_and_negative_delta(self):
        """30 vs 120 users, delta=-0.5: the same power as delta=+0.5, from sqrt(1/30 + 1/120)"""
        expected = _expected_power(0.5, 1.0, 30, 120, 0.05)
        check_close(power_two_means(-0.5, 1.0, 30, 120), expected, ATOL, 0, "power_two_means(-0.5, 1, 30, 120)")
        check_close(power_two_means(0.5, 1.0, 30, 120), expected, ATOL, 0, "power_two_means(0.5, 1, 30, 120)")

    def test_n_for_eighty_percent(self):
        """delta=1, sigma=2: 63 per arm reach 80% power and 62 do not"""
        n = n_per_arm_for_power(1.0, 2.0, 0.8)
        check_equal(n, 63, "n_per_arm_for_power(1, 2, 0.8)")
        check(_expected_power(1.0, 2.0, 62, 62, 0.05) < 0.8, "sanity: 62 per arm stay below 80%")


if __name__ == "__main__":
    unittest.main()
