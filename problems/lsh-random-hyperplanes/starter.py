import numpy as np


def hyperplane_signatures(X, n_bits, seed):
    """Boolean signatures (n, n_bits): bit k of row x is x @ planes[k] >= 0.

    planes = np.random.default_rng(seed).standard_normal((n_bits, d)).
    """
    raise NotImplementedError("hyperplane_signatures is not implemented yet")


def lsh_candidates(X, queries, n_bits, n_bands, seed):
    """For each query, the sorted indices of rows of X sharing a bucket in at least one band."""
    raise NotImplementedError("lsh_candidates is not implemented yet")
