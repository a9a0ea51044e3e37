import numpy as np


def fit_lasso(X, y, alpha, max_iter=10000, tol=1e-10):
    """Lasso with an unpenalized intercept, by cyclic coordinate descent.

    Minimizes (1/(2n)) * ||y - X @ w - b||^2 + alpha * ||w||_1.
    X: (n, d) float array; y: (n,) float array; alpha >= 0.
    Sweep j = 0..d-1 with soft-thresholding updates; stop when a full sweep
    changes no coefficient by more than `tol`, or after `max_iter` sweeps.

    Returns (w, b): w a float64 array of shape (d,) whose inactive entries are
    exactly 0.0, and b a float.
    """
    raise NotImplementedError("fit_lasso is not implemented yet")
