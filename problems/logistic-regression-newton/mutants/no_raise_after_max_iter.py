# Wrong: returns the last iterate when max_iter runs out instead of raising ValueError.
import numbers

import numpy as np


def predict_proba(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    if X.ndim != 2 or w.ndim != 1 or X.shape[1] != w.size:
        raise ValueError("X must be (n, d) and w of length d")
    z = X @ w + float(b)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_newton(X, y, l2=0.0, max_iter=50, tol=1e-10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.size or y.size == 0:
        raise ValueError("X must be (n, d) and y of length n")
    if not (np.all(np.isfinite(X)) and np.all((y == 0) | (y == 1))):
        raise ValueError("X must be finite and y must hold 0/1 labels")
    l2 = float(l2)
    if not l2 >= 0:
        raise ValueError("l2 must be >= 0")
    if isinstance(max_iter, bool) or not isinstance(max_iter, numbers.Integral) or max_iter < 1:
        raise ValueError("max_iter must be a positive integer")
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    pen = np.full(d + 1, l2)
    pen[-1] = 0.0
    for it in range(1, int(max_iter) + 1):
        p = predict_proba(X, theta[:-1], theta[-1])
        grad = A.T @ (p - y) + pen * theta
        hess = (A * (p * (1.0 - p))[:, None]).T @ A + np.diag(pen)
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError:
            raise ValueError("the Hessian is singular (separable data needs l2 > 0)")
        theta = theta - step
        if np.max(np.abs(step)) < tol:
            return theta[:-1].copy(), float(theta[-1]), it
    return theta[:-1].copy(), float(theta[-1]), int(max_iter)
