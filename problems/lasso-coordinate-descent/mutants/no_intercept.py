# Wrong: never centres the data or fits b, so the model is forced through the origin (b = 0).
import numpy as np


def fit_lasso(X, y, alpha, max_iter=10000, tol=1e-10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    z = (X ** 2).sum(axis=0) / n
    w = np.zeros(d)
    r = y.copy()
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if z[j] == 0.0:
                continue
            rho = X[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            change = new - w[j]
            r -= change * X[:, j]
            w[j] = new
            max_change = max(max_change, abs(change))
        if max_change < tol:
            break
    return w, 0.0
