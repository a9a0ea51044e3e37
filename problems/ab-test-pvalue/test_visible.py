import unittest

from mlreps_check import check_close
from solution import two_proportion_ztest

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """200/1000 vs 250/1000 gives z = 2.6774 and p = 0.00742"""
        z, p = two_proportion_ztest(200, 1000, 250, 1000)
        check_close(z, 2.6773977630083295, ATOL, RTOL, "z")
        check_close(p, 0.0074196492610256749, ATOL, RTOL, "p_value")

    def test_equal_rates(self):
        """Identical conversion rates give z = 0 and p = 1"""
        z, p = two_proportion_ztest(30, 50, 60, 100)
        check_close(z, 0.0, ATOL, RTOL, "z")
        check_close(p, 1.0, ATOL, RTOL, "p_value")

    def test_small_counts(self):
        """1/3 vs 2/3 gives z = sqrt(6)/3 and p = 0.41422"""
        z, p = two_proportion_ztest(1, 3, 2, 3)
        check_close(z, 6 ** 0.5 / 3, ATOL, RTOL, "z")
        check_close(p, 0.41421617824252512, ATOL, RTOL, "p_value")


if __name__ == "__main__":
    unittest.main()
