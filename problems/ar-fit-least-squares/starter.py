import numpy as np


def fit_ar(y, p):
    """Conditional least-squares fit of y[t] = c + sum_k phi[k] * y[t-1-k].

    Returns (c, phi) with phi[k] the coefficient of lag k + 1. Raises
    ValueError for bad p, a too-short series or a singular problem.
    """
    raise NotImplementedError("fit_ar is not implemented yet")


def forecast_ar(y, c, phi, horizon):
    """Recursive forecasts of the next `horizon` steps after y[-1]. Returns a float64 array."""
    raise NotImplementedError("forecast_ar is not implemented yet")
