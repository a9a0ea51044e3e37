import numpy as np


def ses(y, alpha):
    """Simple exponential smoothing.

    Returns (levels, fitted, forecast): levels[0] = y[0],
    levels[t] = alpha * y[t] + (1 - alpha) * levels[t - 1]; fitted[0] = NaN,
    fitted[t] = levels[t - 1]; forecast = levels[-1] as a float.
    """
    raise NotImplementedError("ses is not implemented yet")


def best_alpha(y, alphas):
    """(alpha, sse) minimising the sum of squared one-step-ahead errors; ties go to the smallest alpha."""
    raise NotImplementedError("best_alpha is not implemented yet")
