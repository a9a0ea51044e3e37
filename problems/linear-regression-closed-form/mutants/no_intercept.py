# Wrong: fits a line through the origin (no intercept column) and returns b = 0.
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=np.float64)
    w, *_ = np.linalg.lstsq(X, np.asarray(y, dtype=np.float64), rcond=None)
    return w, 0.0


def predict(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
