# Wrong: positions quantiles at h = n * p / 100 (capped), not (n - 1) * p / 100.
import numpy as np


def _matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D, got %d dimensions" % X.ndim)
    return X


def _percentile(sorted_cols, p):
    n = sorted_cols.shape[0]
    h = min(n * p / 100.0, n - 1)
    k = int(np.floor(h))
    frac = h - k
    upper = min(k + 1, n - 1)
    low = sorted_cols[k]
    return low + frac * (sorted_cols[upper] - low)


def fit_robust_scaler(X, quantile_range=(25.0, 75.0)):
    X = _matrix(X)
    if X.shape[0] == 0:
        raise ValueError("cannot fit on zero rows")
    p_low, p_high = float(quantile_range[0]), float(quantile_range[1])
    if not 0.0 <= p_low < p_high <= 100.0:
        raise ValueError("quantile_range must satisfy 0 <= p_low < p_high <= 100")
    s = np.sort(X, axis=0)
    center = _percentile(s, 50.0)
    scale = _percentile(s, p_high) - _percentile(s, p_low)
    scale = np.where(scale == 0, 1.0, scale)
    return center, scale


def apply_robust_scaler(X, center, scale):
    X = _matrix(X)
    d = X.shape[1]
    center = np.asarray(center, dtype=np.float64)
    scale = np.asarray(scale, dtype=np.float64)
    if center.shape != (d,) or scale.shape != (d,):
        raise ValueError("center and scale must have shape (%d,)" % d)
    return (X - center) / scale
