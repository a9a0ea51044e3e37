# Wrong: sets w_j = S(rho_j, alpha) without dividing by z_j = mean(x_j^2), which is only right for unit-variance columns.
import numpy as np


def fit_lasso(X, y, alpha, max_iter=10000, tol=1e-10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    z = (Xc ** 2).sum(axis=0) / n
    w = np.zeros(d)
    r = y - y.mean()
    for _ in range(min(max_iter, 500)):
        max_change = 0.0
        for j in range(d):
            rho = Xc[:, j] @ r / n + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0)
            change = new - w[j]
            r -= change * Xc[:, j]
            w[j] = new
            max_change = max(max_change, abs(change))
        if max_change < tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
