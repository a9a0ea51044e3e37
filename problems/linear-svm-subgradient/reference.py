import numpy as np


def svm_objective(X, y, w, b, lam):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    margins = y * (X @ w + b)
    return float(0.5 * lam * (w @ w) + np.maximum(0.0, 1.0 - margins).mean())


def fit_linear_svm(X, y, lam=0.01, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        margins = y * (X @ w + b)
        active = margins < 1.0
        ya = y * active
        grad_w = lam * w - (X.T @ ya) / n
        grad_b = -ya.sum() / n
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, float(b)
