# Wrong: squares the down-weighting, (delta/|r|)^2, which fits a different (redescending-like) loss.
import numpy as np


def _weighted_fit(X, y, weights):
    # Weighted least squares with an unpenalised intercept, on weighted-centred data.
    total = weights.sum()
    x_bar = weights @ X / total
    y_bar = weights @ y / total
    s = np.sqrt(weights)
    Xc = (X - x_bar) * s[:, None]
    yc = (y - y_bar) * s
    w = np.linalg.lstsq(Xc, yc, rcond=None)[0]
    return w, y_bar - x_bar @ w


def fit_huber(X, y, delta=1.0, max_iter=500, tol=1e-10):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D, got %d dimensions" % X.ndim)
    n, d = X.shape
    if y.ndim != 1 or y.shape[0] != n:
        raise ValueError("y must be 1-D with %d entries, got shape %s" % (n, y.shape))
    if not delta > 0:
        raise ValueError("delta must be > 0")
    weights = np.ones(n)
    w, b = _weighted_fit(X, y, weights)
    for _ in range(max_iter):
        r = np.abs(y - X @ w - b)
        weights = (delta / np.maximum(r, delta)) ** 2  # 1 inside the quadratic zone, delta/|r| outside
        w_new, b_new = _weighted_fit(X, y, weights)
        change = max(np.max(np.abs(w_new - w), initial=0.0), abs(b_new - b))
        w, b = w_new, b_new
        if change <= tol:
            break
    return w, float(b)
