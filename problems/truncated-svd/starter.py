import numpy as np


def truncated_svd(X, k):
    """Top-k singular triplets (U (n, k), s (k,), Vt (k, d)) of the uncentred X.

    Sign convention: the largest-magnitude entry of each row of Vt is positive.
    """
    raise NotImplementedError("truncated_svd is not implemented yet")
