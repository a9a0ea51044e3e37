import math
import unittest

from mlreps_check import check, check_close
from solution import log_loss

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Four predictions give the mean of their negative log-likelihoods"""
        expected = -(math.log(0.9) + math.log(0.9) + math.log(0.8) + math.log(0.65)) / 4
        check_close(log_loss([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.35]), expected, ATOL, RTOL, "log_loss")

    def test_coin_flip(self):
        """p = 0.5 everywhere gives log 2"""
        check_close(log_loss([1, 0, 0, 1, 1], [0.5] * 5), math.log(2.0), ATOL, RTOL, "log_loss of p = 0.5")

    def test_zero_probability_is_clipped(self):
        """A positive predicted with p = 0 costs -log(1e-15), not inf"""
        got = log_loss([1], [0.0])
        check(math.isfinite(got), "log loss must be finite", "a finite number", got)
        check_close(got, -math.log(1e-15), ATOL, RTOL, "log_loss([1], [0.0])")


if __name__ == "__main__":
    unittest.main()
