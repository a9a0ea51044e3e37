import numpy as np


def best_split(X, g, h, reg_lambda=1.0, gamma=0.0, min_child_weight=1.0):
    """Best (feature, threshold, default direction for nan) by XGBoost's second-order gain.

    Returns a dict with feature, threshold, gain, default_left, left_weight,
    right_weight; or None when no allowed split has a positive gain.
    """
    raise NotImplementedError("best_split is not implemented yet")
