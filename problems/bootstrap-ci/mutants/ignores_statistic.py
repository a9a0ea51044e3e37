# Wrong: always bootstraps the mean, ignoring the `statistic` argument.
import numpy as np


def bootstrap_ci(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    x = np.asarray(data, dtype=np.float64)
    n = x.shape[0]
    rng = np.random.default_rng(seed)
    stats = x[rng.integers(0, n, size=(n_boot, n))].mean(axis=1)
    lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
