import numpy as np


def fit_robust_scaler(X, quantile_range=(25.0, 75.0)):
    """Per-column (center, scale): the median and the p_high - p_low percentile range (0 -> 1.0).

    Percentiles interpolate linearly between sorted values at h = (n - 1) * p / 100.
    """
    raise NotImplementedError("fit_robust_scaler is not implemented yet")


def apply_robust_scaler(X, center, scale):
    """Return a new float64 array (X - center) / scale, broadcast over rows."""
    raise NotImplementedError("apply_robust_scaler is not implemented yet")
