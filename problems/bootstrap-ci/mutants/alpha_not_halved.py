# Wrong: uses the alpha and 1 - alpha quantiles instead of alpha/2 and 1 - alpha/2, so the interval is too narrow.
import numpy as np


def bootstrap_ci(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    x = np.asarray(data, dtype=np.float64)
    n = x.shape[0]
    rng = np.random.default_rng(seed)
    resamples = x[rng.integers(0, n, size=(n_boot, n))]
    if statistic is None:
        stats = resamples.mean(axis=1)
    else:
        stats = np.array([float(statistic(row)) for row in resamples])
    lo, hi = np.quantile(stats, [alpha, 1 - alpha])
    return float(lo), float(hi)
