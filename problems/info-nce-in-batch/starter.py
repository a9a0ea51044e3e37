import numpy as np


def info_nce(queries, keys, temperature=0.07, symmetric=True):
    """In-batch InfoNCE on L2-normalized embeddings; positives on the diagonal.

    Returns (loss as a float, dQ, dK) with gradients w.r.t. the unnormalized inputs.
    """
    raise NotImplementedError("info_nce is not implemented yet")
