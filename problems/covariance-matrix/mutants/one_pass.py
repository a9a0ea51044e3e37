import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = X.shape[0]
    if n < 2:
        raise ValueError("need at least two observations")
    mu = X.mean(axis=0)
    return (X.T @ X - n * np.outer(mu, mu)) / (n - 1)
