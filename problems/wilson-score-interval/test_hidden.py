import math
import unittest
from statistics import NormalDist

import numpy as np

from mlreps_check import check, check_close
from solution import wilson_interval

ATOL, RTOL = 1e-12, 1e-9


def _score_bound(s, n, alpha, upper):
    # Bisection on the score-test condition itself: a third route to the end points.
    z = NormalDist().inv_cdf(1 - alpha / 2)
    ph = s / n
    inside = lambda p: abs(ph - p) <= z * math.sqrt(p * (1 - p) / n)
    lo, hi = (ph, 1.0) if upper else (0.0, ph)
    if upper and s == n:
        return 1.0
    if not upper and s == 0:
        return 0.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if inside(mid) == upper:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


class HiddenTests(unittest.TestCase):
    def test_random_counts_against_bisection(self):
        """Random counts and levels match a bisection on the score-test condition"""
        rng = np.random.default_rng(2)
        for trial in range(40):
            n = int(rng.integers(1, 500))
            s = int(rng.integers(0, n + 1))
            alpha = float(rng.choice([0.01, 0.05, 0.1, 0.32]))
            got = wilson_interval(s, n, alpha)
            expected = [_score_bound(s, n, alpha, False), _score_bound(s, n, alpha, True)]
            check_close(got, expected, 1e-10, 1e-9, "wilson_interval(%d, %d, alpha=%g)" % (s, n, alpha))

    def test_all_successes(self):
        """n out of n mirrors 0 out of n: low = n / (n + z^2), high = 1"""
        z = NormalDist().inv_cdf(0.975)
        check_close(wilson_interval(30, 30), [30 / (30 + z * z), 1.0], ATOL, RTOL, "wilson_interval(30, 30)")

    def test_mirror_symmetry(self):
        """Swapping successes and failures mirrors the interval around 1/2"""
        lo, hi = wilson_interval(7, 25)
        lo2, hi2 = wilson_interval(18, 25)
        check_close([lo2, hi2], [1 - hi, 1 - lo], ATOL, RTOL, "wilson_interval(18, 25) against 1 - wilson_interval(7, 25)")

    def test_single_trial(self):
        """One trial with one success still gives a non-trivial interval"""
        z = NormalDist().inv_cdf(0.975)
        check_close(wilson_interval(1, 1), [1 / (1 + z * z), 1.0], ATOL, RTOL, "wilson_interval(1, 1)")

    def test_huge_sample(self):
        """A billion trials: the interval shrinks to p_hat -/+ z sqrt(p_hat (1 - p_hat) / n)"""
        z = NormalDist().inv_cdf(0.975)
        lo, hi = wilson_interval(300_000_000, 1_000_000_000)
        half = z * math.sqrt(0.3 * 0.7 / 1e9)
        check_close([lo, hi], [0.3 - half, 0.3 + half], 1e-12, 1e-7, "interval for 3e8 / 1e9")

    def test_types(self):
        """numpy integer counts are accepted and the end points are Python floats"""
        lo, hi = wilson_interval(np.int64(3), np.int32(9))
        check(isinstance(lo, float) and isinstance(hi, float), "end points must be Python floats", "float, float",
              (type(lo).__name__, type(hi).__name__))

    def test_invalid_input_raises(self):
        """Bad counts and levels raise ValueError"""
        cases = {
            "zero trials": (0, 0, 0.05),
            "successes above trials": (5, 4, 0.05),
            "negative successes": (-1, 4, 0.05),
            "float counts": (2.0, 4, 0.05),
            "bool successes": (True, 4, 0.05),
            "alpha 0": (2, 4, 0.0),
            "alpha 1": (2, 4, 1.0),
        }
        for name, args in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                wilson_interval(*args)


if __name__ == "__main__":
    unittest.main()
