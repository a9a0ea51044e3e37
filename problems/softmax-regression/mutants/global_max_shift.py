import numpy as np


def predict_proba(X, W, b):
    X = np.asarray(X, dtype=np.float64)
    logits = X @ np.asarray(W, dtype=np.float64) + np.asarray(b, dtype=np.float64)
    logits = logits - logits.max()
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def fit_softmax_regression(X, y, n_classes, lr=0.1, n_iters=500, l2=0.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    Y = np.zeros((n, n_classes))
    Y[np.arange(n), y] = 1.0
    W = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    for _ in range(n_iters):
        E = predict_proba(X, W, b) - Y
        grad_W = X.T @ E / n + l2 * W
        grad_b = E.mean(axis=0)
        W = W - lr * grad_W
        b = b - lr * grad_b
    return W, b
