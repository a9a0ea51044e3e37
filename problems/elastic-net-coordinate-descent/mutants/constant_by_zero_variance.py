# Wrong: detects a constant column by a zero centred sum of squares; the float mean of [0.1] * n is not exactly 0.1, so the column is ~1e-17 and gets a garbage coefficient.
import numpy as np


def fit_elastic_net(X, y, alpha, l1_ratio, max_iter=10000, tol=1e-10):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D, got %d dimensions" % X.ndim)
    n, d = X.shape
    if y.ndim != 1 or y.shape[0] != n:
        raise ValueError("y must be 1-D with %d entries, got shape %s" % (n, y.shape))
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    if not 0.0 <= l1_ratio <= 1.0:
        raise ValueError("l1_ratio must be in [0, 1]")
    l1 = alpha * l1_ratio
    l2 = alpha * (1.0 - l1_ratio)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    z = (Xc ** 2).sum(axis=0) / n
    w = np.zeros(d)
    r = y - y_mean
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if z[j] == 0.0:
                w[j] = 0.0
                continue
            col = Xc[:, j]
            rho = col @ r / n + z[j] * w[j]
            if rho > l1:
                new = (rho - l1) / (z[j] + l2)
            elif rho < -l1:
                new = (rho + l1) / (z[j] + l2)
            else:
                new = 0.0
            change = new - w[j]
            if change != 0.0:
                r -= change * col
                w[j] = new
                max_change = max(max_change, abs(change))
        if max_change <= tol:
            break
    b = y_mean - x_mean @ w
    return w, float(b)
