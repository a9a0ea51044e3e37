import numpy as np


def knn_regress(X_train, y_train, X_test, k, weights="uniform"):
    """Predict a float target for every row of X_test from its k nearest training points.

    X_train: (n, d) floats; y_train: (n,) floats; X_test: (m, d) floats; 1 <= k <= n.
    Neighbours: the first k training points by Euclidean distance, equal
    distances ordered by lower training index.
    weights="uniform": plain mean of the neighbours' targets.
    weights="distance": weighted mean with weights 1/distance; if some
    neighbours are at distance exactly 0, the mean of those neighbours' targets.
    Returns a float64 array of shape (m,).
    """
    raise NotImplementedError("knn_regress is not implemented yet")
