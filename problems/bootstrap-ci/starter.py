import numpy as np


def bootstrap_ci(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    """Percentile bootstrap (1 - alpha) confidence interval for `statistic` of `data`.

    data: 1-D array-like of n >= 1 floats (not modified).
    statistic: callable mapping a 1-D float array to a float; None means the mean.
    n_boot: number of bootstrap resamples, each of size n drawn with replacement.
    alpha: the interval runs from the alpha/2 to the 1 - alpha/2 quantile.
    seed: all randomness comes from np.random.default_rng(seed).

    Returns (lo, hi) as floats with lo <= hi.
    """
    raise NotImplementedError("bootstrap_ci is not implemented yet")
