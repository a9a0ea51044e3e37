import numpy as np


def polynomial_features(x, degree, include_bias=True):
    """Expand a 1-D input into polynomial features.

    x: 1-D array-like of n numbers; degree: int >= 0 (ValueError if negative).
    Returns a float64 array of shape (n, degree + 1) with columns x**0, x**1, ..., x**degree
    when include_bias is True, or shape (n, degree) with columns x**1, ..., x**degree otherwise.
    """
    raise NotImplementedError("polynomial_features is not implemented yet")
