import numpy as np


def lag_matrix(y, lags):
    """out[t, j] = y[t - lags[j]], NaN where that index is negative. Shape (n, len(lags)), float64."""
    raise NotImplementedError("lag_matrix is not implemented yet")


def make_supervised(y, lags):
    """(X, target, t) for every t from max(lags) to n - 1: X[i, j] = y[t_i - lags[j]], target[i] = y[t_i]."""
    raise NotImplementedError("make_supervised is not implemented yet")
