import math
import unittest
from statistics import NormalDist

from mlreps_check import check, check_close
from solution import wilson_interval

ATOL, RTOL = 1e-12, 1e-9


def _roots(s, n, alpha):
    # Square the score-test condition: (1 + z^2/n) p^2 - (2 p_hat + z^2/n) p + p_hat^2 = 0.
    z = NormalDist().inv_cdf(1 - alpha / 2)
    ph = s / n
    a, b, c = 1 + z * z / n, -(2 * ph + z * z / n), ph * ph
    disc = math.sqrt(b * b - 4 * a * c)
    return (-b - disc) / (2 * a), (-b + disc) / (2 * a)


class VisibleTests(unittest.TestCase):
    def test_eight_of_ten(self):
        """8 successes out of 10: the roots of the score-test quadratic, about (0.490, 0.943)"""
        check_close(wilson_interval(8, 10), _roots(8, 10, 0.05), ATOL, RTOL, "wilson_interval(8, 10)")

    def test_zero_successes(self):
        """0 out of 20: low is 0 and high is z^2 / (n + z^2)"""
        z = NormalDist().inv_cdf(0.975)
        check_close(wilson_interval(0, 20), [0.0, z * z / (20 + z * z)], ATOL, RTOL, "wilson_interval(0, 20)")

    def test_other_level(self):
        """alpha=0.1 gives a narrower interval that still contains p_hat"""
        lo, hi = wilson_interval(45, 100, alpha=0.1)
        check_close([lo, hi], _roots(45, 100, 0.1), ATOL, RTOL, "wilson_interval(45, 100, alpha=0.1)")
        lo95, hi95 = wilson_interval(45, 100)
        check(lo95 < lo < 0.45 < hi < hi95, "the 90% interval lies inside the 95% one and contains 0.45",
              (lo95, hi95), (lo, hi))


if __name__ == "__main__":
    unittest.main()
