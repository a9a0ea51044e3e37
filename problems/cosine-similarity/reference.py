import numpy as np


def _unit_rows(A):
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    safe = np.where(norms == 0.0, 1.0, norms)
    return A / safe  # zero rows stay zero


def cosine_similarity(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    if X.ndim != 2 or Y.ndim != 2 or X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y must be 2-D with the same number of columns")
    S = _unit_rows(X) @ _unit_rows(Y).T
    return np.clip(S, -1.0, 1.0)
