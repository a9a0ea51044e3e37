import numpy as np


def fit_logistic_regression(X, y, lr=0.1, n_iters=1000):
    """Binary logistic regression by full-batch gradient descent on the mean log-loss.

    X: (n, d) float array; y: (n,) array of 0/1 labels.
    Start from w = 0, b = 0; each iteration computes p = sigmoid(X @ w + b), then
    w -= lr * X.T @ (p - y) / n and b -= lr * mean(p - y), both from the same p.

    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("fit_logistic_regression is not implemented yet")


def predict_proba(X, w, b):
    """P(y = 1 | x) = sigmoid(X @ w + b) as a float64 array of shape (n,).

    Must be finite and in [0, 1] even when |X @ w + b| is huge (e.g. 1000).
    """
    raise NotImplementedError("predict_proba is not implemented yet")
