import numpy as np


def build_ivf(X, centroids):
    """Assign each row of X to its nearest centroid (squared L2, ties to the smaller id); return an index."""
    raise NotImplementedError("build_ivf is not implemented yet")


def ivf_search(index, queries, k, nprobe):
    """Search the nprobe nearest lists per query. Returns (ids (q, k), dists (q, k), scanned (q,))."""
    raise NotImplementedError("ivf_search is not implemented yet")
