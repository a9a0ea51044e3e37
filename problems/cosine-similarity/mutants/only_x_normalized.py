# Wrong: normalizes the rows of X but forgets to normalize the rows of Y.
import numpy as np


def cosine_similarity(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    if X.shape[1] != Y.shape[1]:
        raise ValueError("column mismatch")
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    Xn = X / np.where(nx == 0, 1.0, nx)
    return Xn @ Y.T
