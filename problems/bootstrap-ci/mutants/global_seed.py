import numpy as np


def bootstrap_ci(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    x = np.asarray(data, dtype=np.float64)
    n = x.shape[0]
    np.random.seed(seed)
    idx = np.random.randint(0, n, size=(n_boot, n))
    resamples = x[idx]
    if statistic is None:
        stats = resamples.mean(axis=1)
    else:
        stats = np.array([float(statistic(row)) for row in resamples])
    lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
