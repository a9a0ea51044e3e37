import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)
    return theta[:-1], float(theta[-1])


def predict(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    return X @ np.asarray(w, dtype=np.float64) + b
