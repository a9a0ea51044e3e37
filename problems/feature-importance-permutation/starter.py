import numpy as np


def permutation_importance(predict, X, y, metric, n_repeats=5, seed=0):
    """Drop in metric when each column of X is permuted, n_repeats times per column.

    rng = np.random.default_rng(seed); features outer, repeats inner; one
    rng.permutation(n) per (feature, repeat). Returns (mean (d,), std (d,), raw (d, n_repeats)).
    """
    raise NotImplementedError("permutation_importance is not implemented yet")
