# Wrong: returns the PCA whitening U diag(1/sqrt(lam + eps)) without rotating back by U^T.
import numpy as np


def _matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError("X must be a non-empty 2-D array")
    if not np.all(np.isfinite(X)):
        raise ValueError("X must be finite")
    return X


def fit_zca(X, eps=1e-5):
    X = _matrix(X)
    if not eps >= 0:
        raise ValueError("eps must be >= 0")
    mean = X.mean(axis=0)
    Xc = X - mean
    C = Xc.T @ Xc / X.shape[0]
    lam, U = np.linalg.eigh(C)
    shifted = lam + eps
    if shifted.min() <= 1e-12 * max(shifted.max(), 0.0) or shifted.max() <= 0:
        raise ValueError("the covariance plus eps is singular; use eps > 0")
    W = U / np.sqrt(shifted)
    return mean, W


def apply_zca(X, mean, W):
    X = _matrix(X)
    d = X.shape[1]
    mean = np.asarray(mean, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    if mean.shape != (d,) or W.shape != (d, d):
        raise ValueError("mean must have shape (%d,) and W shape (%d, %d)" % (d, d, d))
    return (X - mean) @ W
