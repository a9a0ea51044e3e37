import numpy as np


def seasonal_decompose(y, period):
    """Classical additive decomposition y = trend + seasonal + resid.

    trend: centred moving average over one period (2 x m MA for an even period), NaN at the
    first and last period // 2 positions. seasonal: per-phase (t % period) means of y - trend,
    centred to sum to 0 over a period. resid = y - trend - seasonal.
    Returns three float64 arrays of shape (n,).
    """
    raise NotImplementedError("seasonal_decompose is not implemented yet")
