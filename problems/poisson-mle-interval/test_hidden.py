import math
import unittest
from statistics import NormalDist

import numpy as np

from mlreps_check import check, check_close
from solution import poisson_rate_interval

ATOL, RTOL = 1e-12, 1e-8


def _lr(lam, k, t):
    return 2 * lam * t if k == 0 else 2 * (k * math.log(k / (lam * t)) - (k - lam * t))


def _crossing(k, t, crit, lo, hi):
    # Plain bisection on the sign of LR - crit between a point inside and a point outside the interval.
    inside_lo = _lr(lo, k, t) <= crit
    for _ in range(300):
        mid = (lo + hi) / 2
        if (_lr(mid, k, t) <= crit) == inside_lo:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


class HiddenTests(unittest.TestCase):
    def test_random_samples_against_bisection(self):
        """Random counts, exposures and levels match a bisection on the LR statistic"""
        rng = np.random.default_rng(14)
        for trial in range(25):
            n = int(rng.integers(1, 30))
            expo = rng.uniform(0.1, 5, size=n)
            counts = rng.poisson(rng.uniform(0.05, 20) * expo)
            alpha = float(rng.choice([0.01, 0.05, 0.2]))
            k, t = int(counts.sum()), float(expo.sum())
            crit = NormalDist().inv_cdf(1 - alpha / 2) ** 2
            rate = k / t
            if k == 0:
                expected = [0.0, 0.0, crit / (2 * t)]
            else:
                expected = [rate, _crossing(k, t, crit, rate, rate * 1e-9), _crossing(k, t, crit, rate, rate * 100 + 100 / t)]
            got = poisson_rate_interval(counts.tolist(), exposure=expo.tolist(), alpha=alpha)
            check_close(got, expected, 1e-10, 1e-8, "interval (trial %d, K=%d, T=%.3f, alpha=%g)" % (trial, k, t, alpha))

    def test_interval_is_asymmetric(self):
        """For a small count the interval is skewed: high - rate exceeds rate - low"""
        rate, low, high = poisson_rate_interval([2])
        check(high - rate > rate - low, "the Poisson interval is longer on the upper side", "high - rate > rate - low",
              (rate - low, high - rate))

    def test_large_count_close_to_wald(self):
        """With a million events the interval is close to rate -/+ z sqrt(K) / T"""
        rate, low, high = poisson_rate_interval([1_000_000], exposure=[2.0])
        z = NormalDist().inv_cdf(0.975)
        half = z * 1000.0 / 2.0
        check_close([low, high], [rate - half, rate + half], 0, 1e-5, "interval for a million events")

    def test_types_and_float_counts(self):
        """Whole-number float counts are accepted; results are Python floats"""
        got = poisson_rate_interval(np.array([1.0, 4.0]))
        check(all(isinstance(v, float) for v in got), "results must be Python floats", "float", [type(v).__name__ for v in got])
        check_close(got[0], 2.5, ATOL, RTOL, "rate for [1.0, 4.0]")

    def test_invalid_input_raises(self):
        """Bad counts, exposures and alpha raise ValueError"""
        cases = {
            "empty": ([], None, 0.05),
            "2-D": ([[1, 2]], None, 0.05),
            "negative count": ([1, -1], None, 0.05),
            "fractional count": ([1, 2.5], None, 0.05),
            "zero exposure": ([1, 2], [1.0, 0.0], 0.05),
            "exposure length": ([1, 2], [1.0], 0.05),
            "alpha 0": ([1, 2], None, 0.0),
        }
        for name, (c, e, a) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                poisson_rate_interval(c, exposure=e, alpha=a)

    def test_inputs_not_modified(self):
        """counts and exposure are left unchanged"""
        c = np.array([3, 0, 2])
        e = np.array([1.5, 0.5, 2.0])
        cb, eb = c.copy(), e.copy()
        poisson_rate_interval(c, exposure=e)
        check(np.array_equal(c, cb) and np.array_equal(e, eb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
