import numpy as np


def rbf_kernel(A, B, gamma):
    """K[i, j] = exp(-gamma * ||A[i] - B[j]||^2) for A (n, d) and B (m, d); float64 (n, m)."""
    raise NotImplementedError("rbf_kernel is not implemented yet")


def kernel_ridge(X_train, y_train, X_test, lam, gamma):
    """Kernel ridge regression with the RBF kernel.

    Returns (dual_coef, y_pred): dual_coef (n,) solves (K + lam I) c = y_train,
    y_pred (m,) = K(X_test, X_train) @ dual_coef. Raises ValueError on bad input.
    """
    raise NotImplementedError("kernel_ridge is not implemented yet")
