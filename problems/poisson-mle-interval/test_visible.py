import math
import unittest
from statistics import NormalDist

from mlreps_check import check, check_close
from solution import poisson_rate_interval

ATOL, RTOL = 1e-12, 1e-8
Z2 = NormalDist().inv_cdf(0.975) ** 2


def _lr(lam, k, t):
    return 2 * lam * t if k == 0 else 2 * (k * math.log(k / (lam * t)) - (k - lam * t))


class VisibleTests(unittest.TestCase):
    def test_mle_and_endpoints(self):
        """[3, 5, 2, 4]: rate 3.5, and the LR statistic equals z^2 at both end points"""
        rate, low, high = poisson_rate_interval([3, 5, 2, 4])
        check_close(rate, 3.5, ATOL, RTOL, "rate")
        check(low < 3.5 < high, "the interval must contain the MLE", "low < 3.5 < high", (low, high))
        check_close([_lr(low, 14, 4), _lr(high, 14, 4)], [Z2, Z2], 1e-7, 1e-7, "LR statistic at (low, high)")

    def test_zero_events(self):
        """No events in 3 units: rate 0, low 0, high z^2 / 6"""
        check_close(poisson_rate_interval([0, 0, 0]), [0.0, 0.0, Z2 / 6], ATOL, RTOL, "interval for zero events")

    def test_exposure_is_used(self):
        """Counts [2, 7] over exposures [0.5, 2.0]: rate 9 / 2.5 = 3.6, not the mean of 4 and 3.5"""
        rate, low, high = poisson_rate_interval([2, 7], exposure=[0.5, 2.0], alpha=0.1)
        check_close(rate, 3.6, ATOL, RTOL, "rate with exposure")
        z2 = NormalDist().inv_cdf(0.95) ** 2
        check_close([_lr(low, 9, 2.5), _lr(high, 9, 2.5)], [z2, z2], 1e-7, 1e-7, "LR statistic at the 90% end points")


if __name__ == "__main__":
    unittest.main()
