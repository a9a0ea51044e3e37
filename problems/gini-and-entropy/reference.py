import numpy as np


def _proportions(y):
    y = np.asarray(y)
    if y.size == 0:
        return np.zeros(0)
    _, counts = np.unique(y, return_counts=True)
    return counts / y.size


def gini(y):
    p = _proportions(y)
    if p.size == 0:
        return 0.0
    return float(1.0 - np.sum(p * p))


def entropy(y):
    p = _proportions(y)  # only labels that occur, so every p > 0
    if p.size == 0:
        return 0.0
    return float(max(0.0, -np.sum(p * np.log2(p))))
