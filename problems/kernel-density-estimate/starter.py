import numpy as np


def gaussian_kde(x_train, x_query, bandwidth):
    """Gaussian KDE of x_train with bandwidth h, evaluated at every x_query point.

    Returns a float64 array of shape (len(x_query),).
    """
    raise NotImplementedError("gaussian_kde is not implemented yet")


def silverman_bandwidth(x):
    """Silverman's rule of thumb: 0.9 * min(s, IQR / 1.34) * n ** (-1/5)."""
    raise NotImplementedError("silverman_bandwidth is not implemented yet")
