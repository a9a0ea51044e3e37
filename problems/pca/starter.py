import numpy as np


def pca(X, k):
    """Principal component analysis of X (n, d) keeping k components.

    Returns (components, explained_variance, X_proj):
    components (k, d): orthonormal rows, the top-k principal directions of the
    column-centered data, in order of decreasing variance (each row's sign is
    arbitrary); explained_variance (k,): the sample variance (ddof=1) of the
    data along each component; X_proj (n, k): (X - X.mean(axis=0)) @ components.T.
    """
    raise NotImplementedError("pca is not implemented yet")
