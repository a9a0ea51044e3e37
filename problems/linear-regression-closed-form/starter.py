import numpy as np


def fit_linear_regression(X, y):
    """Least-squares fit of y ~ X @ w + b.

    X: float array of shape (n, d); y: float array of shape (n,).
    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("fit_linear_regression is not implemented yet")


def predict(X, w, b):
    """Predictions X @ w + b, a float64 array of shape (n,)."""
    raise NotImplementedError("predict is not implemented yet")
