# Wrong: works with sums (rho = x_j . r, z = ||x_j||^2) but thresholds at alpha instead of n * alpha, so it barely regularizes.
import numpy as np


def fit_lasso(X, y, alpha, max_iter=10000, tol=1e-10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    x_mean = X.mean(axis=0)
    Xc = X - x_mean
    z = (Xc ** 2).sum(axis=0)
    w = np.zeros(d)
    r = y - y.mean()
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if z[j] == 0.0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            change = new - w[j]
            r -= change * Xc[:, j]
            w[j] = new
            max_change = max(max_change, abs(change))
        if max_change < tol:
            break
    return w, float(y.mean() - x_mean @ w)
