import math
import unittest

from mlreps_check import check, check_close
from solution import js_divergence, kl_divergence

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """KL([0.5, 0.5, 0], [0.25, 0.25, 0.5]) is log 2: the zero-probability term counts as 0"""
        got = kl_divergence([0.5, 0.5, 0.0], [0.25, 0.25, 0.5])
        check_close(float(got), math.log(2.0), ATOL, RTOL, "kl_divergence([0.5, 0.5, 0], [0.25, 0.25, 0.5])")

    def test_infinite_when_q_misses_support(self):
        """q = 0 where p > 0 gives +inf"""
        got = float(kl_divergence([0.25, 0.25, 0.5], [0.5, 0.5, 0.0]))
        check(got == math.inf, "KL must be +inf when q is 0 where p is positive", math.inf, got)

    def test_batch_rows(self):
        """A 2x2 batch gives one divergence per row"""
        got = kl_divergence([[0.5, 0.5], [1.0, 0.0]], [[0.5, 0.5], [0.5, 0.5]])
        check_close(got, [0.0, math.log(2.0)], ATOL, RTOL, "row-wise KL of a 2x2 batch")

    def test_js_disjoint_and_identical(self):
        """JS of disjoint supports is log 2; JS of a distribution with itself is 0"""
        check_close(float(js_divergence([1.0, 0.0], [0.0, 1.0])), math.log(2.0), ATOL, RTOL, "js_divergence([1, 0], [0, 1])")
        check_close(float(js_divergence([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])), 0.0, ATOL, RTOL, "js_divergence(p, p)")


if __name__ == "__main__":
    unittest.main()
