import numpy as np


def rolling_mean_std(x, window, min_periods=None):
    """Trailing rolling mean and sample std (ddof=1) over the last `window` values.

    NaN where the window holds fewer than min_periods values (default: window),
    and std also NaN where it holds fewer than 2. Returns two float64 arrays.
    """
    raise NotImplementedError("rolling_mean_std is not implemented yet")
