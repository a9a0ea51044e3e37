# Wrong: uses a forward difference (f(x + h) - f(x)) / h, whose error is O(h) instead of O(h^2).
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64)
    grad = np.zeros_like(work)
    f0 = float(f(work))
    for idx in np.ndindex(work.shape):
        old = work[idx]
        work[idx] = old + h
        grad[idx] = (float(f(work)) - f0) / h
        work[idx] = old
    return grad


def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12))
