# Wrong: resamples WITHOUT replacement (a permutation), so every resample has the same mean and the interval collapses.
import numpy as np


def bootstrap_ci(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    x = np.asarray(data, dtype=np.float64)
    n = x.shape[0]
    rng = np.random.default_rng(seed)
    stats = []
    for _ in range(n_boot):
        row = x[rng.permutation(n)]
        stats.append(row.mean() if statistic is None else float(statistic(row)))
    lo, hi = np.quantile(np.array(stats), [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
