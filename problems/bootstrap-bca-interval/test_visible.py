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


D = [0.2, 0.5, 0.9, 1.4, 1.9, 2.5, 3.8, 5.2, 8.1, 12.6]


class VisibleTests(unittest.TestCase):
    def test_acceleration(self):
        """Jackknife acceleration of the mean of the skewed example"""
        check_close(jackknife_acceleration(D), _accel(D, np.mean), 1e-12, 1e-9, "acceleration")

    def test_interval(self):
        """The BCa interval of the example with 4000 resamples and seed 1"""
        check_close(bca_interval(D, n_boot=4000, seed=1), _bca(D, np.mean, 4000, 0.05, 1), 1e-12, 1e-9, "(lo, hi)")

    def test_symmetric_data_has_zero_acceleration(self):
        """Symmetric data: the jackknife values are symmetric, so a = 0"""
        check_close(jackknife_acceleration([1.0, 2.0, 3.0, 4.0, 5.0]), 0.0, 1e-12, 0, "acceleration of symmetric data")


if __name__ == "__main__":
    unittest.main()
