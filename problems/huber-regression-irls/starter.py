import numpy as np


def fit_huber(X, y, delta=1.0, max_iter=500, tol=1e-10):
    """Huber regression with an intercept, by iteratively reweighted least squares.

    Minimises sum_i H_delta(y_i - X[i] @ w - b). Returns (w, b): w a float64
    array of shape (d,), b a float. Raises ValueError for bad shapes or delta <= 0.
    """
    raise NotImplementedError("fit_huber is not implemented yet")
