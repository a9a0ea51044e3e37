# Wrong: always includes the bias column, ignoring include_bias=False.
import numpy as np


def polynomial_features(x, degree, include_bias=True):
    if degree < 0:
        raise ValueError("degree must be non-negative")
    x = np.asarray(x, dtype=np.float64)
    return x[:, None] ** np.arange(degree + 1)[None, :]
