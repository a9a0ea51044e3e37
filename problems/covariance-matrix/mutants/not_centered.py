# Wrong: forgets to subtract the column means before the product.
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.shape[0] < 2:
        raise ValueError("need two rows")
    return X.T @ X / (X.shape[0] - 1)
