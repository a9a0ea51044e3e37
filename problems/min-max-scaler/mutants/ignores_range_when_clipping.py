# Wrong: clips to [0, 1] whatever the feature range.
import numpy as np


def _matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D, got %d dimensions" % X.ndim)
    return X


def fit_min_max(X):
    X = _matrix(X)
    if X.shape[0] == 0:
        raise ValueError("cannot fit on zero rows")
    return X.min(axis=0), X.max(axis=0)


def apply_min_max(X, mins, maxs, feature_range=(0.0, 1.0), clip=False):
    X = _matrix(X)
    d = X.shape[1]
    mins = np.asarray(mins, dtype=np.float64)
    maxs = np.asarray(maxs, dtype=np.float64)
    if mins.shape != (d,) or maxs.shape != (d,):
        raise ValueError("mins and maxs must have shape (%d,)" % d)
    lo, hi = float(feature_range[0]), float(feature_range[1])
    if not lo < hi:
        raise ValueError("feature_range must have lo < hi")
    width = maxs - mins
    width = np.where(width == 0, 1.0, width)
    out = lo + (X - mins) / width * (hi - lo)
    if clip:
        out = np.clip(out, 0.0, 1.0)
    return out
