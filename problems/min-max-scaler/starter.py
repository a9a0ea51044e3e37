import numpy as np


def fit_min_max(X):
    """Per-column (mins, maxs) of X with shape (n, d), n >= 1; float64 arrays of shape (d,)."""
    raise NotImplementedError("fit_min_max is not implemented yet")


def apply_min_max(X, mins, maxs, feature_range=(0.0, 1.0), clip=False):
    """Map each column so that mins -> lo and maxs -> hi; width 0 counts as 1.

    Returns a new float64 array of X's shape; clips to [lo, hi] when clip is true.
    """
    raise NotImplementedError("apply_min_max is not implemented yet")
