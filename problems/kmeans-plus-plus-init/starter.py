import numpy as np


def kmeans_plus_plus(X, k, rng):
    """Choose k initial centres from the rows of X by k-means++ (D^2) sampling.

    X: (n, d) floats with at least k distinct rows; 1 <= k <= n;
    rng: a numpy Generator (np.random.default_rng(seed)).
    Draw the first centre with rng.integers(n); draw each next centre with
    rng.choice(n, p=D2 / D2.sum()), where D2[i] is the squared Euclidean
    distance from row i to its nearest centre chosen so far. Make no other
    calls on rng.
    Returns (centers (k, d) float64, indices (k,) int) with centers == X[indices],
    in the order drawn.
    """
    raise NotImplementedError("kmeans_plus_plus is not implemented yet")
