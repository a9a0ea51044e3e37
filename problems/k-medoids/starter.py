import numpy as np


def k_medoids(D, init_medoids, max_iter=100):
    """Alternating k-medoids on a dissimilarity matrix D from the given starting medoids.

    Returns (medoids (k,), labels (n,), cost). Ties: lowest cluster position, lowest point index.
    """
    raise NotImplementedError("k_medoids is not implemented yet")
