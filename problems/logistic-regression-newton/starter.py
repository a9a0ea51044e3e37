import numpy as np


def predict_proba(X, w, b):
    """sigmoid(X @ w + b), computed without overflow."""
    raise NotImplementedError("predict_proba is not implemented yet")


def logistic_newton(X, y, l2=0.0, max_iter=50, tol=1e-10):
    """Newton's method for L2-penalised logistic regression (intercept not penalised).

    Returns (w, b, n_iter). Raises ValueError if it does not converge in max_iter steps.
    """
    raise NotImplementedError("logistic_newton is not implemented yet")
