import numpy as np


def fit_zca(X, eps=1e-5):
    """Column means and the symmetric W with W @ W = (C + eps I)^-1, C the population covariance."""
    raise NotImplementedError("fit_zca is not implemented yet")


def apply_zca(X, mean, W):
    """(X - mean) @ W as float64."""
    raise NotImplementedError("apply_zca is not implemented yet")
