# Wrong: takes U = X V without dividing by the singular values.
import numbers

import numpy as np


def truncated_svd(X, k):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.size == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if not np.all(np.isfinite(X)):
        raise ValueError("X must be finite")
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or not 1 <= k <= min(X.shape):
        raise ValueError("k must be an integer in 1..%d" % min(X.shape))
    k = int(k)
    lam, V = np.linalg.eigh(X.T @ X)
    order = np.argsort(lam)[::-1][:k]
    V = V[:, order]
    s = np.sqrt(np.maximum(lam[order], 0.0))
    # Sign convention: the largest-magnitude entry of each right singular vector is positive.
    pivot = np.argmax(np.abs(V), axis=0)
    signs = np.sign(V[pivot, np.arange(k)])
    signs[signs == 0] = 1.0
    V = V * signs
    U = X @ V
    return U, s, V.T
