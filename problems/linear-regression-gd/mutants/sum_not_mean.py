# Wrong: uses the gradient of the SUM of squared errors, so the effective step grows with n.
import numpy as np


def fit_linear_regression_gd(X, y, lr=0.01, epochs=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        r = X @ w + b - y
        w = w - lr * 2.0 * (X.T @ r)
        b = b - lr * 2.0 * r.sum()
    return w, float(b)
