from statistics import NormalDist

import numpy as np


def jackknife_acceleration(data, statistic=None):
    """BCa acceleration a = sum(d**3) / (6 * sum(d**2)**1.5), d = mean(loo) - loo."""
    raise NotImplementedError("jackknife_acceleration is not implemented yet")


def bca_interval(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    """BCa bootstrap interval (lo, hi) with indices rng.integers(0, n, size=(n_boot, n)), rng = default_rng(seed)."""
    raise NotImplementedError("bca_interval is not implemented yet")
