# Wrong: builds the columns in decreasing powers (x**degree first, bias last).
import numpy as np


def polynomial_features(x, degree, include_bias=True):
    if degree < 0:
        raise ValueError("degree must be non-negative")
    x = np.asarray(x, dtype=np.float64)
    V = x[:, None] ** np.arange(degree, -1, -1)[None, :]
    return V if include_bias else V[:, :-1]
