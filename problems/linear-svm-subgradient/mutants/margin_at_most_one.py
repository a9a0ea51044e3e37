# Wrong: treats a margin of exactly 1 as active (<= 1), taking a hinge subgradient where the README says to take 0.
import numpy as np


def svm_objective(X, y, w, b, lam):
    X, y, w = (np.asarray(a, dtype=np.float64) for a in (X, y, w))
    return float(0.5 * lam * (w @ w) + np.maximum(0.0, 1.0 - y * (X @ w + b)).mean())


def fit_linear_svm(X, y, lam=0.01, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(n_iters):
        ya = y * (y * (X @ w + b) <= 1.0)
        w, b = w - lr * (lam * w - X.T @ ya / n), b + lr * ya.sum() / n
    return w, float(b)
