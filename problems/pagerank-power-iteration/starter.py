import numpy as np


def pagerank(n, edges, damping=0.85, tol=1e-12, max_iter=1000):
    """PageRank of a directed graph given as (source, target) pairs; dangling mass is spread uniformly.

    Returns a float64 array of shape (n,) summing to 1.
    """
    raise NotImplementedError("pagerank is not implemented yet")
