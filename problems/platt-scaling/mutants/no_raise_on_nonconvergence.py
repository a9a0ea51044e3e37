# Wrong: returns the last iterate when max_iter runs out instead of raising ValueError.
import numbers

import numpy as np


def platt_predict(scores, A, B):
    s = np.asarray(scores, dtype=np.float64)
    z = float(A) * s + float(B)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _loss(theta, s, t):
    z = theta[0] * s + theta[1]
    # cross-entropy with soft targets, computed stably: log(1 + e^z) - t z
    return float(np.sum(np.logaddexp(0.0, z) - t * z))


def platt_fit(scores, y, max_iter=100, tol=1e-12):
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(y)
    if s.ndim != 1 or y.shape != s.shape or s.size == 0:
        raise ValueError("scores and y must be non-empty 1-D arrays of the same length")
    if not np.all(np.isfinite(s)):
        raise ValueError("scores must be finite")
    if y.dtype == bool:
        y = y.astype(np.int64)
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("y must hold 0/1 labels")
    if isinstance(max_iter, bool) or not isinstance(max_iter, numbers.Integral) or max_iter < 1:
        raise ValueError("max_iter must be a positive integer")
    n_pos = int(np.sum(y == 1))
    n_neg = s.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("both classes are needed")
    t = np.where(y == 1, (n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0))
    X = np.column_stack([s, np.ones(s.size)])
    theta = np.array([0.0, np.log((n_neg + 1.0) / (n_pos + 1.0)) * -1.0])
    for _ in range(int(max_iter)):
        p = platt_predict(s, theta[0], theta[1])
        grad = X.T @ (p - t)
        w = p * (1.0 - p)
        hess = (X * w[:, None]).T @ X + 1e-12 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        # backtrack if a full Newton step would increase the loss
        f0 = _loss(theta, s, t)
        scale = 1.0
        while scale > 1e-8 and _loss(theta - scale * step, s, t) > f0 + 1e-15 * abs(f0):
            scale *= 0.5
        theta = theta - scale * step
        if np.max(np.abs(scale * step)) < tol * (1.0 + np.max(np.abs(theta))):
            return float(theta[0]), float(theta[1])
    return float(theta[0]), float(theta[1])
