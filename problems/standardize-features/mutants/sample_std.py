# Wrong: uses the sample standard deviation (ddof=1) instead of the population one.
import numpy as np


def fit_standardizer(X):
    X = np.asarray(X, dtype=np.float64)
    mean = X.mean(axis=0)
    scale = X.std(axis=0, ddof=1) if X.shape[0] > 1 else np.zeros(X.shape[1])
    scale[np.all(X == X[0], axis=0)] = 1.0
    return mean, scale


def apply_standardizer(X, mean, scale):
    return (np.asarray(X, dtype=np.float64) - mean) / scale
