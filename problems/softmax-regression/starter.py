import numpy as np


def fit_softmax_regression(X, y, n_classes, lr=0.1, n_iters=500, l2=0.0):
    """Multinomial logistic regression by full-batch gradient descent.

    X: (n, d) float array; y: (n,) int labels in 0..n_classes-1.
    Loss: mean cross-entropy of softmax(X @ W + b) plus (l2 / 2) * ||W||_F^2 (b not penalized).
    Start from W = 0, b = 0; each iteration, with P the predicted probabilities and
    Y the one-hot labels: W -= lr * (X.T @ (P - Y) / n + l2 * W), b -= lr * mean(P - Y, axis=0).

    Returns (W, b): W of shape (d, n_classes), b of shape (n_classes,), float64.
    """
    raise NotImplementedError("fit_softmax_regression is not implemented yet")


def predict_proba(X, W, b):
    """Row-wise softmax of X @ W + b: shape (n, n_classes), rows sum to 1, no overflow."""
    raise NotImplementedError("predict_proba is not implemented yet")
