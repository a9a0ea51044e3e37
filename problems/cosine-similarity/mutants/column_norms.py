# Wrong: normalizes columns (axis=0) instead of rows.
import numpy as np


def cosine_similarity(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    if X.shape[1] != Y.shape[1]:
        raise ValueError("column mismatch")
    nx = np.linalg.norm(X, axis=0, keepdims=True)
    ny = np.linalg.norm(Y, axis=0, keepdims=True)
    Xn = X / np.where(nx == 0, 1.0, nx)
    Yn = Y / np.where(ny == 0, 1.0, ny)
    return np.clip(Xn @ Yn.T, -1.0, 1.0)
