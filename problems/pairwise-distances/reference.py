import numpy as np


def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    x_sq = np.einsum("ij,ij->i", X, X)
    y_sq = np.einsum("ij,ij->i", Y, Y)
    sq = x_sq[:, None] + y_sq[None, :] - 2.0 * (X @ Y.T)
    np.maximum(sq, 0.0, out=sq)
    return np.sqrt(sq)
