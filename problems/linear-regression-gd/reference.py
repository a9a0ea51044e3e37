import numpy as np


def fit_linear_regression_gd(X, y, lr=0.01, epochs=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        r = X @ w + b - y
        grad_w = (2.0 / n) * (X.T @ r)
        grad_b = (2.0 / n) * r.sum()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
