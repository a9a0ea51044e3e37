# Wrong: forgets to update the bias, so b stays 0 (a model forced through the origin).
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def predict_proba(X, w, b):
    return _sigmoid(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b)


def fit_logistic_regression(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = X.shape[0]
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(n_iters):
        err = predict_proba(X, w, b) - y
        w = w - lr * (X.T @ err) / n
    return w, float(b)
