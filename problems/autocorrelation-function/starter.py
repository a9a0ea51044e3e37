import numpy as np


def acf(y, max_lag):
    """Sample autocorrelations r[0..max_lag] with the overall mean and one common denominator."""
    raise NotImplementedError("acf is not implemented yet")


def significant_lags(y, max_lag, z=1.96):
    """Lags k in 1..max_lag with |r[k]| > z / sqrt(n), in increasing order."""
    raise NotImplementedError("significant_lags is not implemented yet")
