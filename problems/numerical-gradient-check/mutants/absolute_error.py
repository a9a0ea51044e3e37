# Wrong: relative_error returns the absolute difference norm ||a - b|| without normalizing.
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64)
    grad = np.zeros_like(work)
    for idx in np.ndindex(work.shape):
        old = work[idx]
        work[idx] = old + h
        fp = float(f(work))
        work[idx] = old - h
        fm = float(f(work))
        work[idx] = old
        grad[idx] = (fp - fm) / (2 * h)
    return grad


def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b))
