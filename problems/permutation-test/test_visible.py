import unittest

from mlreps_check import check_close
from solution import permutation_test

TOL = 1e-12


class VisibleTests(unittest.TestCase):
    def test_separated_groups_two_sided(self):
        """x=[1,2,3], y=[4,5,6]: observed -3 and two-sided p = 2/20"""
        observed, p = permutation_test([1, 2, 3], [4, 5, 6])
        check_close(observed, -3.0, TOL, 0, "observed difference")
        check_close(p, 0.1, TOL, 0, "two-sided p-value")

    def test_one_sided_alternatives(self):
        """x=[1,2,3], y=[4,5,6]: p = 1/20 for 'less' and 1 for 'greater'"""
        _, p_less = permutation_test([1, 2, 3], [4, 5, 6], alternative="less")
        _, p_greater = permutation_test([1, 2, 3], [4, 5, 6], alternative="greater")
        check_close(p_less, 0.05, TOL, 0, "p-value for 'less'")
        check_close(p_greater, 1.0, TOL, 0, "p-value for 'greater'")

    def test_identical_values(self):
        """All values equal: every split ties, so p = 1"""
        observed, p = permutation_test([2.5, 2.5], [2.5, 2.5, 2.5])
        check_close(observed, 0.0, TOL, 0, "observed difference")
        check_close(p, 1.0, TOL, 0, "two-sided p-value")


if __name__ == "__main__":
    unittest.main()
