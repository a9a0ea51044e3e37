# Wrong: divides by the product of norms without handling zero vectors (0/0 gives nan).
import numpy as np


def cosine_similarity(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    nx = np.linalg.norm(X, axis=1)
    ny = np.linalg.norm(Y, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.clip((X @ Y.T) / np.outer(nx, ny), -1.0, 1.0)
