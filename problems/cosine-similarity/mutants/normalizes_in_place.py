import numpy as np


def cosine_similarity(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    same = Y is X
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    X /= np.where(nx == 0.0, 1.0, nx)
    if not same:
        ny = np.linalg.norm(Y, axis=1, keepdims=True)
        Y /= np.where(ny == 0.0, 1.0, ny)
    return np.clip(X @ Y.T, -1.0, 1.0)
