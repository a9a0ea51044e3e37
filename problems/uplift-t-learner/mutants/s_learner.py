# Wrong: fits one model on all units with the treatment flag as an extra feature (an S-learner), so the uplift is the same for every row.
import numpy as np


def _ridge_fit(X, y, l2):
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    A = Xc.T @ Xc + l2 * np.eye(X.shape[1])
    w = np.linalg.solve(A, Xc.T @ (y - y_mean))
    return w, y_mean - x_mean @ w


def t_learner_uplift(X, y, treatment, X_new, l2=1.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(treatment)
    X_new = np.asarray(X_new, dtype=np.float64)
    if X.ndim != 2 or X_new.ndim != 2 or X_new.shape[1] != X.shape[1]:
        raise ValueError("X and X_new must be 2-D with the same number of columns")
    if y.ndim != 1 or t.ndim != 1 or y.shape[0] != X.shape[0] or t.shape[0] != X.shape[0]:
        raise ValueError("y and treatment must be 1-D with one entry per row of X")
    if t.dtype == bool:
        t = t.astype(np.int64)
    if not np.all((t == 0) | (t == 1)):
        raise ValueError("treatment values must be 0 or 1")
    if not (np.sum(t == 1) >= 1 and np.sum(t == 0) >= 1):
        raise ValueError("each arm needs at least one unit")
    l2 = float(l2)
    if not l2 >= 0:
        raise ValueError("l2 must be >= 0")
    w, _ = _ridge_fit(np.column_stack([X, t]), y, l2)
    return np.full(X_new.shape[0], w[-1])
