import numpy as np


def average_ranks(x):
    """1-based ranks of x (float64, shape (n,)); tied values share the average of their ranks."""
    raise NotImplementedError("average_ranks is not implemented yet")


def spearman_correlation(x, y):
    """Pearson correlation of average_ranks(x) and average_ranks(y).

    Raises ValueError for bad input, different lengths, n < 2 or a constant x or y.
    """
    raise NotImplementedError("spearman_correlation is not implemented yet")
