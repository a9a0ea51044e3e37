import numpy as np


def polynomial_features(x, degree, include_bias=True):
    if degree < 0:
        raise ValueError("degree must be non-negative")
    x = np.asarray(x, dtype=np.float64)
    start = 0 if include_bias else 1
    powers = np.arange(start, degree + 1)
    return x[:, None] ** powers[None, :]
