import numpy as np


def cosine_similarity(X, Y=None):
    """Cosine similarity between every row of X (n, d) and every row of Y (m, d).

    Returns a float64 array S of shape (n, m) with values in [-1, 1].
    When Y is None, use Y = X. A pair involving an all-zero row has similarity 0.0.
    """
    raise NotImplementedError("cosine_similarity is not implemented yet")
