import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def predict_proba(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    return _sigmoid(X @ np.asarray(w, dtype=np.float64) + b)


def fit_logistic_regression(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        ez = np.exp(X @ w + b)
        err = ez / (1.0 + ez) - y
        w = w - lr * (X.T @ err / n)
        b = b - lr * err.mean()
    return w, float(b)
