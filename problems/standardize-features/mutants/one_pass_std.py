import numpy as np


def fit_standardizer(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1:
        raise ValueError("X must be a 2-D array with at least one row")
    mean = X.mean(axis=0)
    scale = np.sqrt(np.abs((X * X).mean(axis=0) - mean * mean))
    constant = np.all(X == X[0], axis=0)
    scale[constant] = 1.0
    return mean, scale


def apply_standardizer(X, mean, scale):
    X = np.asarray(X, dtype=np.float64)
    return (X - np.asarray(mean, dtype=np.float64)) / np.asarray(scale, dtype=np.float64)
