import numpy as np


def did_2x2(treated_pre, treated_post, control_pre, control_post):
    """DiD estimate from the outcomes of the four (group, period) cells.

    Returns (mean(treated_post) - mean(treated_pre)) - (mean(control_post) - mean(control_pre))
    as a Python float. Raises ValueError for an empty cell or a non-finite value.
    """
    raise NotImplementedError("did_2x2 is not implemented yet")


def did_regression(y, treated, post):
    """OLS coefficients [b0, b_treated, b_post, b_did] of y on 1, treated, post, treated*post.

    treated and post hold 0/1 entries. Returns a float64 array of shape (4,).
    Raises ValueError for an empty (treated, post) cell, non-0/1 flags or mismatched lengths.
    """
    raise NotImplementedError("did_regression is not implemented yet")
