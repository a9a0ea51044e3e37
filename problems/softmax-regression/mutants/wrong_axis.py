# Wrong: normalizes the softmax over samples (axis 0) instead of over classes.
import numpy as np


def predict_proba(X, W, b):
    logits = np.asarray(X, dtype=np.float64) @ np.asarray(W, dtype=np.float64) + np.asarray(b, dtype=np.float64)
    e = np.exp(logits - logits.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def fit_softmax_regression(X, y, n_classes, lr=0.1, n_iters=500, l2=0.0):
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    Y = np.eye(n_classes)[np.asarray(y)]
    W, b = np.zeros((d, n_classes)), np.zeros(n_classes)
    for _ in range(n_iters):
        E = predict_proba(X, W, b) - Y
        W = W - lr * (X.T @ E / n + l2 * W)
        b = b - lr * E.mean(axis=0)
    return W, b
