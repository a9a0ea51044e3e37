import numpy as np


def fit_standardizer(X):
    """Learn per-column statistics from the training matrix X of shape (n, d).

    Returns a tuple (mean, scale) of two float64 arrays of shape (d,):
    mean is the column mean, scale is the population standard deviation
    (divide by n), except that a constant column gets scale 1.0.
    """
    raise NotImplementedError("fit_standardizer is not implemented yet")


def apply_standardizer(X, mean, scale):
    """Return (X - mean) / scale column by column, as a new float64 array of X's shape."""
    raise NotImplementedError("apply_standardizer is not implemented yet")
