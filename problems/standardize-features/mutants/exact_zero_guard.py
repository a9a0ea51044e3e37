# Wrong: guards constant columns with `std == 0`, which misses rounding residue like 1.4e-17.
import numpy as np


def fit_standardizer(X):
    X = np.asarray(X, dtype=np.float64)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0.0] = 1.0
    return mean, scale


def apply_standardizer(X, mean, scale):
    return (np.asarray(X, dtype=np.float64) - mean) / scale
