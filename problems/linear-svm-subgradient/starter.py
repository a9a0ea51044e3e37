import numpy as np


def svm_objective(X, y, w, b, lam):
    """(lam / 2) * ||w||^2 + mean_i max(0, 1 - y_i * (X_i @ w + b)), as a float.

    X: (n, d); y: (n,) labels in {-1, +1}; w: (d,); b: float; lam >= 0.
    """
    raise NotImplementedError("svm_objective is not implemented yet")


def fit_linear_svm(X, y, lam=0.01, lr=0.1, n_iters=1000):
    """Soft-margin linear SVM by full-batch subgradient descent on svm_objective.

    Start from w = 0, b = 0. Each iteration: the active set is {i : y_i (X_i @ w + b) < 1}
    (strictly less; a margin of exactly 1 is not active), then
        grad_w = lam * w - sum_{i active} y_i X_i / n
        grad_b = -sum_{i active} y_i / n
    and w -= lr * grad_w, b -= lr * grad_b (both from the same margins).

    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("fit_linear_svm is not implemented yet")
