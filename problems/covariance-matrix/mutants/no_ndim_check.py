import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float64)
    X = X.reshape(len(X), -1)
    n = X.shape[0]
    if n < 2:
        raise ValueError("need at least two observations")
    Xc = X - X.mean(axis=0)
    return (Xc.T @ Xc) / (n - 1)
