import numpy as np


def cosine_similarity(X, Y=None):
    X = np.asarray(X)
    Y = X if Y is None else np.asarray(Y)
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must have the same number of columns")
    dots = X @ Y.T
    nx = np.sqrt((X * X).sum(axis=1))
    ny = np.sqrt((Y * Y).sum(axis=1))
    denom = np.outer(nx, ny)
    S = np.where(denom == 0, 0, dots / np.where(denom == 0, 1, denom))
    return np.clip(S, -1, 1).astype(X.dtype)
