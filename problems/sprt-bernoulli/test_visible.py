import math
import unittest

from mlreps_check import check_close, check_equal
from solution import sprt_bernoulli

ATOL = 1e-9


class VisibleTests(unittest.TestCase):
    def test_stops_for_h1(self):
        """p0=0.1, p1=0.25: four conversions in a row cross log 16 and decide H1 at n=4"""
        decision, n, llr = sprt_bernoulli([1, 1, 1, 1, 0, 1], p0=0.1, p1=0.25)
        check_equal(decision, "H1", "decision")
        check_equal(n, 4, "observations used")
        check_close(llr, 4 * math.log(2.5), ATOL, 0, "llr")

    def test_stops_for_h0(self):
        """Nine non-conversions cross log(0.2/0.95) and decide H0 at n=9"""
        decision, n, llr = sprt_bernoulli([0] * 20, p0=0.1, p1=0.25)
        check_equal(decision, "H0", "decision")
        check_equal(n, 9, "observations used")
        check_close(llr, 9 * math.log(0.75 / 0.9), ATOL, 0, "llr")

    def test_runs_out_undecided(self):
        """A short stream without a crossing returns 'continue'; an empty one returns ('continue', 0, 0.0)"""
        decision, n, llr = sprt_bernoulli([0, 1, 0], p0=0.1, p1=0.25)
        check_equal((decision, n), ("continue", 3), "decision and n for [0, 1, 0]")
        check_close(llr, math.log(2.5) + 2 * math.log(0.75 / 0.9), ATOL, 0, "llr for [0, 1, 0]")
        decision, n, llr = sprt_bernoulli([], p0=0.1, p1=0.25)
        check_equal((decision, n), ("continue", 0), "decision and n for an empty stream")
        check_close(llr, 0.0, ATOL, 0, "llr for an empty stream")


if __name__ == "__main__":
    unittest.main()
