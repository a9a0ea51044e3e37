import numpy as np


def platt_predict(scores, A, B):
    """sigmoid(A * scores + B) without overflow."""
    raise NotImplementedError("platt_predict is not implemented yet")


def platt_fit(scores, y, max_iter=100, tol=1e-12):
    """Fit (A, B) of sigmoid(A s + B) to Platt's soft targets by minimising the cross-entropy."""
    raise NotImplementedError("platt_fit is not implemented yet")
