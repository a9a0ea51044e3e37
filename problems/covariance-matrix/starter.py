import numpy as np


def covariance_matrix(X):
    """Sample covariance (divide by n - 1) of X with shape (n, d).

    Rows are observations, columns are variables. Returns a float64 array of
    shape (d, d). Raises ValueError when n < 2.
    """
    raise NotImplementedError("covariance_matrix is not implemented yet")
