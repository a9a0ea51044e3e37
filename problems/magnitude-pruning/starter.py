import numpy as np


def magnitude_prune(weights, sparsity, scope="global"):
    """Prune exactly floor(sparsity * n) smallest-|w| entries (globally or per tensor).

    Returns (pruned weights dict, keep-masks dict); ties go to the earlier entry.
    """
    raise NotImplementedError("magnitude_prune is not implemented yet")
