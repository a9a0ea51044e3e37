import math
import unittest

from mlreps_check import check, check_close, check_raises
from solution import two_proportion_ztest

ATOL, RTOL = 1e-12, 1e-9


class HiddenTests(unittest.TestCase):
    def test_b_worse_gives_negative_z(self):
        """When B converts less than A, z is negative and p is two-sided"""
        z, p = two_proportion_ztest(45, 100, 30, 80)
        check_close(z, -1.0141851056742199, ATOL, RTOL, "z")
        check_close(p, 0.31049443431723489, ATOL, RTOL, "p_value")

    def test_unequal_sizes_borderline(self):
        """120/2400 vs 150/2400 gives p = 0.0602 (not significant at 5%)"""
        z, p = two_proportion_ztest(120, 2400, 150, 2400)
        check_close(z, 1.8793639429397583, ATOL, RTOL, "z")
        check_close(p, 0.060194816159114111, ATOL, RTOL, "p_value")

    def test_tiny_p_value_keeps_relative_accuracy(self):
        """A huge effect gives p = 1.134e-39, not 0"""
        z, p = two_proportion_ztest(10, 10000, 200, 10000)
        check_close(z, 13.180626522199077, ATOL, RTOL, "z")
        check_close(p, 1.1344477047480188e-39, 0.0, RTOL, "p_value")

    def test_moderate_p_value(self):
        """500/1000 vs 600/1000 gives p = 6.968e-6"""
        z, p = two_proportion_ztest(500, 1000, 600, 1000)
        check_close(z, 4.4946657497549472, ATOL, RTOL, "z")
        check_close(p, 6.9679310728498321e-6, 0.0, RTOL, "p_value")

    def test_swapping_groups_flips_sign(self):
        """Swapping A and B negates z and keeps p"""
        for xa, na, xb, nb in [(13, 70, 25, 90), (400, 5000, 350, 4000), (0, 12, 3, 15)]:
            z1, p1 = two_proportion_ztest(xa, na, xb, nb)
            z2, p2 = two_proportion_ztest(xb, nb, xa, na)
            check_close(z2, -z1, ATOL, RTOL, "z after swapping groups")
            check_close(p2, p1, ATOL, RTOL, "p after swapping groups")
            check(0.0 < p1 <= 1.0, "p must lie in (0, 1]", "(0, 1]", p1)

    def test_degenerate_all_or_nothing(self):
        """No conversions anywhere (or all conversions) returns (0.0, 1.0)"""
        for args in [(0, 10, 0, 20), (10, 10, 20, 20)]:
            z, p = two_proportion_ztest(*args)
            check_close([z, p], [0.0, 1.0], ATOL, RTOL, "result for %s" % (args,))

    def test_matches_normal_tail_identity(self):
        """p equals 2 * (1 - Phi(|z|)) computed from the returned z on moderate cases"""
        for xa, na, xb, nb in [(5, 40, 9, 41), (70, 300, 95, 310), (1, 2, 1, 5)]:
            z, p = two_proportion_ztest(xa, na, xb, nb)
            pa, pb = xa / na, xb / nb
            pooled = (xa + xb) / (na + nb)
            expected_z = (pb - pa) / math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
            phi = 0.5 * (1.0 + math.erf(abs(expected_z) / math.sqrt(2.0)))
            check_close(z, expected_z, ATOL, RTOL, "z for %s" % ((xa, na, xb, nb),))
            check_close(p, 2.0 * (1.0 - phi), 1e-12, 1e-7, "p for %s" % ((xa, na, xb, nb),))

    def test_invalid_counts_raise(self):
        """More successes than trials, negative counts or n = 0 raise ValueError"""
        for args in [(11, 10, 3, 10), (-1, 10, 3, 10), (0, 0, 3, 10), (3, 10, 4, 0)]:
            check_raises(ValueError, two_proportion_ztest, *args)


class GapTests(unittest.TestCase):
    def test_each_invalid_input_is_named(self):
        """Each invalid call raises ValueError: both n = 0, successes above n in group B, negative successes in B"""
        for args in [(0, 0, 0, 0), (3, 10, 11, 10), (3, 10, -2, 10), (-1, -5, 0, 4)]:
            check_raises(ValueError, two_proportion_ztest, *args)

    def test_returns_python_floats(self):
        """z and p_value are floats, also for the degenerate case"""
        for args in [(200, 1000, 250, 1000), (0, 10, 0, 20), (10, 10, 5, 5)]:
            z, p = two_proportion_ztest(*args)
            check(isinstance(z, float) and isinstance(p, float), "two_proportion_ztest%s must return two floats" % (args,),
                  "(float, float)", (type(z).__name__, type(p).__name__))


if __name__ == "__main__":
    unittest.main()
