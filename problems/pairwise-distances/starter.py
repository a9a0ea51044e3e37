import numpy as np


def pairwise_distances(X, Y=None):
    """Euclidean distance between every row of X (n, d) and every row of Y (m, d).

    Returns a float64 array D of shape (n, m) with D[i, j] = ||X[i] - Y[j]||.
    When Y is None, use Y = X. No Python loops; never return nan.
    """
    raise NotImplementedError("pairwise_distances is not implemented yet")
