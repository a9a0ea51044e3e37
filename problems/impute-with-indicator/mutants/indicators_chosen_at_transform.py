# Wrong: decides the indicator columns from the data being transformed.
import numpy as np


def _matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if np.any(np.isinf(X)):
        raise ValueError("X must not hold infinite values")
    return X


def fit_imputer(X, strategy="median"):
    X = _matrix(X)
    if strategy not in ("mean", "median"):
        raise ValueError("strategy must be 'mean' or 'median'")
    if X.shape[0] == 0:
        raise ValueError("X has no rows to learn from")
    d = X.shape[1]
    fill = np.zeros(d)
    for j in range(d):
        col = X[:, j]
        col = col[~np.isnan(col)]
        if col.size:
            fill[j] = col.mean() if strategy == "mean" else np.median(col)
    indicator_columns = np.flatnonzero(np.isnan(X).any(axis=0))
    return {"fill": fill, "indicator_columns": indicator_columns}


def transform_imputer(X, state):
    X = _matrix(X)
    fill = np.asarray(state["fill"], dtype=np.float64)
    cols = np.flatnonzero(np.isnan(X).any(axis=0))
    if X.shape[1] != fill.size:
        raise ValueError("X has %d columns, the imputer was fitted on %d" % (X.shape[1], fill.size))
    missing = np.isnan(X)
    out = np.where(missing, fill[None, :], X)
    return np.hstack([out, missing[:, cols].astype(np.float64)])
