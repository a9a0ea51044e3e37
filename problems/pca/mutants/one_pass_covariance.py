import numpy as np


def pca(X, k):
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    mu = X.mean(axis=0)
    C = (X.T @ X - n * np.outer(mu, mu)) / (n - 1)
    vals, vecs = np.linalg.eigh(C)
    order = np.argsort(vals)[::-1][:k]
    components = vecs[:, order].T.copy()
    return components, vals[order], (X - mu) @ components.T
