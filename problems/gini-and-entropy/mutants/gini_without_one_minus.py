# Wrong: returns sum p^2 (the purity) instead of 1 - sum p^2.
import numpy as np


def gini(y):
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, c = np.unique(y, return_counts=True)
    p = c / y.size
    return float(np.sum(p ** 2))


def entropy(y):
    y = np.asarray(y)
    if y.size == 0:
        return 0.0
    _, c = np.unique(y, return_counts=True)
    p = c / y.size
    return float(-np.sum(p * np.log2(p)))
