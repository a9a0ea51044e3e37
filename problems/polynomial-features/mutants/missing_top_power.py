# Wrong: off by one, the powers stop at degree - 1 (arange(start, degree) instead of arange(start, degree + 1)).
import numpy as np


def polynomial_features(x, degree, include_bias=True):
    if degree < 0:
        raise ValueError("degree must be non-negative")
    x = np.asarray(x, dtype=np.float64)
    start = 0 if include_bias else 1
    return x[:, None] ** np.arange(start, degree)[None, :]
