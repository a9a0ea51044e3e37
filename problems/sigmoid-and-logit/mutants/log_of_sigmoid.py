# Wrong: log_sigmoid computed as log(sigmoid(x)): -inf once sigmoid underflows, and 0 instead of -4e-18 at x = 40.
import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_sigmoid(x):
    with np.errstate(divide="ignore"):
        return np.log(sigmoid(x))


def logit(p):
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(divide="ignore"):
        return np.log(p) - np.log1p(-p)
