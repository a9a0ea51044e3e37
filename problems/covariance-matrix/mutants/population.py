# Wrong: divides by n (population covariance) instead of n - 1.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.shape[0] < 2:
        raise ValueError("need two rows")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]
