import numpy as np


def pacf(y, max_lag):
    """Sample partial autocorrelations [1, phi_11, ..., phi_kk] for k = max_lag.

    ACF with the divide-by-n estimator on the series centred by its overall mean, then the
    Durbin-Levinson recursion. Returns a float64 array of shape (max_lag + 1,).
    Raises ValueError when max_lag >= len(y) or y is constant.
    """
    raise NotImplementedError("pacf is not implemented yet")
