import numpy as np


def holt(y, alpha, beta, horizon):
    """Holt's linear trend method.

    Returns (level, trend, fitted, forecasts) as float64 arrays; fitted[0] is
    NaN and forecasts[h-1] = level[-1] + h * trend[-1] for h = 1..horizon.
    """
    raise NotImplementedError("holt is not implemented yet")
