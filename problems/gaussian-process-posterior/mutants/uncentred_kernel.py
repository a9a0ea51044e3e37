# Wrong: expands ||a - b||^2 on raw coordinates, which cancels catastrophically near 1e6.
import math

import numpy as np


def _matrix(M, name):
    M = np.asarray(M, dtype=np.float64)
    if M.ndim != 2:
        raise ValueError("%s must be 2-D, got %d dimensions" % (name, M.ndim))
    if not np.all(np.isfinite(M)):
        raise ValueError("%s must be finite" % name)
    return M


def _kernel(A, B, length_scale, signal_var):
    centre = np.zeros(A.shape[1])
    A = (A - centre) / length_scale
    B = (B - centre) / length_scale
    d2 = (A ** 2).sum(axis=1)[:, None] + (B ** 2).sum(axis=1)[None, :] - 2.0 * (A @ B.T)
    return signal_var * np.exp(-0.5 * np.maximum(d2, 0.0))


def gp_posterior(X_train, y_train, X_test, length_scale=1.0, signal_var=1.0, noise_var=1e-2):
    X = _matrix(X_train, "X_train")
    Xs = _matrix(X_test, "X_test")
    y = np.asarray(y_train, dtype=np.float64)
    n = X.shape[0]
    if n == 0 or X.shape[1] != Xs.shape[1]:
        raise ValueError("need at least one training row and matching column counts")
    if y.shape != (n,) or not np.all(np.isfinite(y)):
        raise ValueError("y_train must be finite with shape (%d,)" % n)
    for name, v in (("length_scale", length_scale), ("signal_var", signal_var), ("noise_var", noise_var)):
        if not (v > 0 and math.isfinite(v)):
            raise ValueError("%s must be a finite number > 0" % name)
    K = _kernel(X, X, length_scale, signal_var) + noise_var * np.eye(n)
    Ks = _kernel(X, Xs, length_scale, signal_var)          # (n, m)
    Kss = _kernel(Xs, Xs, length_scale, signal_var)        # (m, m)
    L = np.linalg.cholesky(K)
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, y))
    mean = Ks.T @ alpha
    V = np.linalg.solve(L, Ks)
    cov = Kss - V.T @ V
    cov = (cov + cov.T) / 2.0
    lml = -0.5 * y @ alpha - np.log(np.diag(L)).sum() - 0.5 * n * math.log(2 * math.pi)
    return mean, cov, float(lml)
