# Wrong: computes the sigmoid as exp(z) / (1 + exp(z)), which is inf/inf = nan for large positive z.
import numpy as np


def predict_proba(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    with np.errstate(over="ignore", invalid="ignore"):
        return np.exp(z) / (1.0 + np.exp(z))


def fit_logistic_regression(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = X.shape[0]
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(n_iters):
        err = predict_proba(X, w, b) - y
        w = w - lr * (X.T @ err) / n
        b = b - lr * err.mean()
    return w, float(b)
