import math
import unittest
from statistics import NormalDist

import numpy as np

from mlreps_check import check, check_equal

from solution import sample_size_two_proportions

_Z = NormalDist()


def _unrounded(p1, p2, alpha, power):
    # The README's formula, written out once so test cases near an integer can be skipped.
    z_a, z_b = _Z.inv_cdf(1 - alpha / 2), _Z.inv_cdf(power)
    pbar = (p1 + p2) / 2
    return (z_a * math.sqrt(2 * pbar * (1 - pbar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2


def _power_at(n, p1, p2, alpha):
    # Normal-approximation power of the two-sided test with n per arm (the far tail ignored, as in the formula).
    z_a = _Z.inv_cdf(1 - alpha / 2)
    pbar = (p1 + p2) / 2
    shift = abs(p1 - p2) * math.sqrt(n) - z_a * math.sqrt(2 * pbar * (1 - pbar))
    return _Z.cdf(shift / math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))


class HiddenTests(unittest.TestCase):
    def test_smallest_n_reaching_the_power(self):
        """Random designs: the answer reaches the target power and one user fewer does not"""
        rng = np.random.default_rng(11)
        checked = 0
        while checked < 40:
            p1 = float(rng.uniform(0.02, 0.9))
            p2 = float(np.clip(p1 + rng.choice([-1, 1]) * rng.uniform(0.01, 0.2), 0.01, 0.99))
            alpha = float(rng.choice([0.01, 0.05, 0.1]))
            power = float(rng.choice([0.8, 0.9, 0.95]))
            raw = _unrounded(p1, p2, alpha, power)
            if p1 == p2 or abs(raw - round(raw)) < 1e-6:
                continue
            n = sample_size_two_proportions(p1, p2, alpha, power)
            what = "p1=%.4f p2=%.4f alpha=%g power=%g" % (p1, p2, alpha, power)
            check(_power_at(n, p1, p2, alpha) >= power, "%s: power with n=%r must reach %g" % (what, n, power),
                  ">= %g" % power, _power_at(n, p1, p2, alpha))
            check(_power_at(n - 1, p1, p2, alpha) < power, "%s: n=%r is not the smallest; n-1 already reaches %g" % (what, n, power),
                  "< %g" % power, _power_at(n - 1, p1, p2, alpha))
            checked += 1

    def test_large_lift(self):
        """30% vs 20% needs 294 per arm (per arm, not in total)"""
        check_equal(sample_size_two_proportions(0.30, 0.20), 294, "sample_size_two_proportions(0.30, 0.20)")

    def test_alpha_is_two_sided(self):
        """alpha=0.10 two-sided uses z = 1.645: 10% vs 12% needs 3026 per arm"""
        check_equal(sample_size_two_proportions(0.10, 0.12, alpha=0.10), 3026,
                    "sample_size_two_proportions(0.10, 0.12, alpha=0.10)")

    def test_halving_the_lift_about_quadruples_n(self):
        """Around a 50% rate, halving the difference multiplies n by close to 4"""
        big = sample_size_two_proportions(0.50, 0.54)
        small = sample_size_two_proportions(0.50, 0.52)
        ratio = small / big
        check(3.8 <= ratio <= 4.2, "n(lift 0.02) / n(lift 0.04) should be near 4", "3.8 .. 4.2", ratio)

    def test_stricter_alpha_and_more_power_need_more_users(self):
        """A smaller alpha or a higher power never lowers the sample size"""
        base = sample_size_two_proportions(0.05, 0.06)
        check(sample_size_two_proportions(0.05, 0.06, alpha=0.01) > base, "alpha=0.01 needs more users than 0.05",
              "> %d" % base, sample_size_two_proportions(0.05, 0.06, alpha=0.01))
        check(sample_size_two_proportions(0.05, 0.06, power=0.95) > base, "power=0.95 needs more users than 0.8",
              "> %d" % base, sample_size_two_proportions(0.05, 0.06, power=0.95))

    def test_invalid_arguments_raise(self):
        """Rates, alpha or power at or outside 0 and 1 raise ValueError"""
        bad = [(0.0, 0.1, 0.05, 0.8), (0.1, 1.0, 0.05, 0.8), (-0.2, 0.1, 0.05, 0.8), (0.1, 0.2, 0.0, 0.8),
               (0.1, 0.2, 1.0, 0.8), (0.1, 0.2, 0.05, 0.0), (0.1, 0.2, 0.05, 1.0)]
        for args in bad:
            with self.assertRaises(ValueError, msg="sample_size_two_proportions%r should raise ValueError" % (args,)):
                sample_size_two_proportions(*args)

    def test_numpy_scalars_accepted(self):
        """numpy float scalars work and the result is still a Python int"""
        n = sample_size_two_proportions(np.float64(0.10), np.float32(0.12))
        check(isinstance(n, int), "the result must be a Python int", "int", type(n).__name__)
        raw = _unrounded(0.10, float(np.float32(0.12)), 0.05, 0.8)
        check_equal(n, math.ceil(raw), "sample size with numpy scalar rates")


if __name__ == "__main__":
    unittest.main()
