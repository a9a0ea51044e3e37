# Wrong: takes the first k eigenvectors from np.linalg.eigh, which sorts eigenvalues in ascending order.
import numpy as np


def pca(X, k):
    X = np.asarray(X, dtype=np.float64)
    Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    components = vecs[:, :k].T
    return components, vals[:k], Xc @ components.T
