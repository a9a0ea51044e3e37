import numpy as np


def fit_linear_regression_gd(X, y, lr=0.01, epochs=1000):
    """Fit y ~ X @ w + b by full-batch gradient descent on the mean squared error.

    X: (n, d) float array; y: (n,) float array.
    Start from w = 0, b = 0; each epoch computes both gradients of
    L = mean((X @ w + b - y) ** 2) at the current point, then updates
    w -= lr * dL/dw and b -= lr * dL/db together.

    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("fit_linear_regression_gd is not implemented yet")
