# Wrong: treats rows as variables (the np.cov default rowvar=True), returning an (n, n) matrix.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.shape[0] < 2:
        raise ValueError("need two rows")
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc @ Xc.T / (X.shape[1] - 1) if X.shape[1] > 1 else Xc @ Xc.T
