import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x)
    work = x.copy()  # perturb a private copy; the caller's x is never touched
    grad = np.zeros(work.shape)
    for idx in np.ndindex(work.shape):
        original = work[idx]
        work[idx] = original + h
        f_plus = float(f(work))
        work[idx] = original - h
        f_minus = float(f(work))
        work[idx] = original  # restore the saved value exactly
        grad[idx] = (f_plus - f_minus) / (2.0 * h)
    return grad


def relative_error(a, b):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    diff = np.linalg.norm((a - b).ravel())
    denom = max(np.linalg.norm(a.ravel()) + np.linalg.norm(b.ravel()), 1e-12)
    return float(diff / denom)
