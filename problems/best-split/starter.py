import numpy as np


def best_split(X, y):
    """Best single threshold split of (X, y) by weighted Gini impurity.

    X: (n, d) floats; y: (n,) class labels.
    Candidate thresholds for feature j are the midpoints between consecutive
    distinct sorted values of X[:, j]; a sample goes left when X[i, j] <= t.
    Minimize (n_L/n) * Gini(left) + (n_R/n) * Gini(right); impurities within
    1e-12 of the minimum are ties, broken by lowest feature index, then
    lowest threshold.
    Returns (feature: int, threshold: float, weighted_gini: float), or None
    when no candidate exists (n < 2 or every feature is constant).
    """
    raise NotImplementedError("best_split is not implemented yet")
