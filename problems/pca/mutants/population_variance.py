# Wrong: explained variance divides by n (population) instead of n - 1.
import numpy as np


def pca(X, k):
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    # Rows of Vt are the principal directions, singular values in decreasing order.
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:k].copy()
    explained_variance = s[:k] ** 2 / n
    return components, explained_variance, Xc @ components.T
