import numpy as np


def fit_ridge(X, y, alpha):
    """Ridge regression with an unpenalized intercept, in closed form.

    Minimizes ||y - X @ w - b||^2 + alpha * ||w||^2 (sums, not means; b is not penalized).
    X: (n, d) float array; y: (n,) float array; alpha >= 0.
    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("fit_ridge is not implemented yet")
