import numpy as np


def silhouette_score(X, labels):
    """Mean silhouette coefficient of a clustering, with Euclidean distances.

    X: (n, d) floats; labels: (n,) cluster labels with at least 2 distinct
    values (otherwise raise ValueError).
    For each point: a = mean distance to the other points of its cluster,
    b = smallest mean distance to the points of another cluster,
    s = (b - a) / max(a, b); s = 0 for a point alone in its cluster or when
    max(a, b) == 0. Returns the mean of s over all points as a float.
    """
    raise NotImplementedError("silhouette_score is not implemented yet")
