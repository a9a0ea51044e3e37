import math
import unittest

from mlreps_check import check_close
from solution import exponential_mle

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_fully_observed(self):
        """Times 2, 3, 5, all observed: rate 3/10, se 0.3/sqrt(3), loglik 3 log 0.3 - 3"""
        check_close(exponential_mle([2.0, 3.0, 5.0]), [0.3, 0.3 / math.sqrt(3), 3 * math.log(0.3) - 3], ATOL, RTOL,
                    "exponential_mle([2, 3, 5])")

    def test_censored_unit_adds_time_not_an_event(self):
        """A unit censored at 10 adds 10 to the exposure but no event: rate 3/20"""
        got = exponential_mle([2.0, 3.0, 5.0, 10.0], events=[1, 1, 1, 0])
        check_close(got, [0.15, 0.15 / math.sqrt(3), 3 * math.log(0.15) - 3], ATOL, RTOL, "exponential_mle with censoring")

    def test_no_events_raises(self):
        """Every unit censored: ValueError"""
        with self.assertRaises(ValueError):
            exponential_mle([1.0, 2.0], events=[0, 0])


if __name__ == "__main__":
    unittest.main()
