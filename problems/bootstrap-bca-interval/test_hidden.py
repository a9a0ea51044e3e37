import math
import unittest
from statistics import NormalDist

import numpy as np

from mlreps_check import check, check_close
from solution import bca_interval, jackknife_acceleration


def _quantile(sorted_vals, q):
    pos = q * (len(sorted_vals) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (pos - lo)


def _accel(x, stat):
    loo = [float(stat(np.array(x[:i] + x[i + 1:]))) for i in range(len(x))]
    m = math.fsum(loo) / len(loo)
    d = [m - v for v in loo]
    den = 6 * math.fsum(v * v for v in d) ** 1.5
    return 0.0 if den == 0 else math.fsum(v ** 3 for v in d) / den


def _bca(data, stat, n_boot, alpha, seed):
    x = [float(v) for v in data]
    n = len(x)
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    reps = sorted(float(stat(np.array([x[j] for j in row]))) for row in idx.tolist())
    theta = float(stat(np.array(x)))
    z0 = NormalDist().inv_cdf(sum(r < theta for r in reps) / n_boot)
    a = _accel(x, stat)
    out = []
    for q in (alpha / 2, 1 - alpha / 2):
        zq = NormalDist().inv_cdf(q)
        out.append(_quantile(reps, NormalDist().cdf(z0 + (z0 + zq) / (1 - a * (z0 + zq)))))
    return out


def _std(v):
    return float(np.sqrt(np.mean((v - v.mean()) ** 2)))


class HiddenTests(unittest.TestCase):
    def test_random_data_and_statistics(self):
        """Random skewed samples with the mean, the median and a std statistic match the definition"""
        rng = np.random.default_rng(40)
        for trial, stat in enumerate([None, np.median, _std, None, _std]):
            x = rng.lognormal(0, 0.8, size=int(rng.integers(8, 30)))
            alpha = float(rng.choice([0.05, 0.1, 0.2]))
            f = np.mean if stat is None else stat
            got = bca_interval(x, statistic=stat, n_boot=1500, alpha=alpha, seed=trial)
            check_close(got, _bca(x.tolist(), f, 1500, alpha, trial), 1e-12, 1e-9, "(lo, hi) (trial %d)" % trial)
            check_close(jackknife_acceleration(x, statistic=stat), _accel(x.tolist(), f), 1e-12, 1e-9, "acceleration (trial %d)" % trial)

    def test_skew_moves_the_interval_up(self):
        """For right-skewed data the BCa interval sits above the plain percentile interval"""
        rng = np.random.default_rng(3)
        x = rng.exponential(2.0, size=40)
        lo, hi = bca_interval(x, n_boot=3000, seed=5)
        reps = np.sort(np.mean(x[np.random.default_rng(5).integers(0, 40, size=(3000, 40))], axis=1))
        check(hi > np.quantile(reps, 0.975), "the BCa upper end must exceed the percentile upper end for right skew",
              "> %.4f" % np.quantile(reps, 0.975), hi)

    def test_seeded_and_global_state_untouched(self):
        """Same seed, same interval; the global np.random state is neither used nor changed"""
        np.random.seed(7)
        before = np.random.get_state()
        a = bca_interval([3.0, 1.0, 4.0, 1.5, 9.0, 2.6], n_boot=500, seed=2)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "bca_interval must not use or change the global np.random state", "unchanged state", "changed state")
        np.random.seed(8)
        check(tuple(bca_interval([3.0, 1.0, 4.0, 1.5, 9.0, 2.6], n_boot=500, seed=2)) == tuple(a),
              "the result must depend only on the seed argument", a, "different result")

    def test_constant_data_raises(self):
        """Constant data: every replicate equals the estimate, z0 is infinite: ValueError"""
        with self.assertRaises(ValueError):
            bca_interval([2.0, 2.0, 2.0, 2.0], n_boot=100)

    def test_types(self):
        """The interval and the acceleration are Python floats with lo < hi"""
        lo, hi = bca_interval([1, 5, 2, 8, 3, 13], n_boot=300, seed=4)
        a = jackknife_acceleration([1, 5, 2, 8, 3, 13])
        check(isinstance(lo, float) and isinstance(hi, float) and isinstance(a, float), "results must be Python floats",
              "float", (type(lo).__name__, type(hi).__name__, type(a).__name__))
        check(lo < hi, "lo must be below hi", "lo < hi", (lo, hi))

    def test_invalid_input_raises(self):
        """Short, 2-D or non-finite data, bad n_boot and bad alpha raise ValueError"""
        cases = {
            "one value": lambda: bca_interval([1.0]),
            "2-D": lambda: bca_interval([[1.0, 2.0, 3.0]]),
            "NaN": lambda: bca_interval([1.0, float("nan"), 3.0]),
            "n_boot 0": lambda: bca_interval([1.0, 2.0, 3.0], n_boot=0),
            "float n_boot": lambda: bca_interval([1.0, 2.0, 3.0], n_boot=100.0),
            "alpha 1": lambda: bca_interval([1.0, 2.0, 3.0], alpha=1.0),
            "jackknife on one value": lambda: jackknife_acceleration([1.0]),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """data is left unchanged"""
        x = np.array([4.0, 1.0, 7.0, 2.0, 9.0])
        before = x.copy()
        bca_interval(x, n_boot=200, seed=0)
        jackknife_acceleration(x)
        check_close(x, before, 0, 0, "data after the calls")


if __name__ == "__main__":
    unittest.main()
