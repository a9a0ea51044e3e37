import numpy as np


def _soft_threshold(value, threshold):
    if value > threshold:
        return value - threshold
    if value < -threshold:
        return value + threshold
    return 0.0


def fit_lasso(X, y, alpha, max_iter=10000, tol=1e-10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    z = (Xc ** 2).sum(axis=0) / n  # curvature of each coordinate
    w = np.zeros(d)
    r = y - y_mean  # residual of the centred problem for w = 0
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if z[j] == 0.0:
                w[j] = 0.0
                continue
            col = Xc[:, j]
            rho = col @ r / n + z[j] * w[j]
            new = _soft_threshold(rho, alpha) / z[j]
            change = new - w[j]
            if change != 0.0:
                r -= change * col
                w[j] = new
                max_change = max(max_change, abs(change))
        if max_change < tol:
            break
    b = y_mean - x_mean @ w
    return w, float(b)
