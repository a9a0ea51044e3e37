import numpy as np


def k_fold_indices(n, k):
    """Split indices 0..n-1 into k contiguous folds, without shuffling.

    Returns a list of k pairs (train_idx, val_idx) of 1-D integer numpy arrays,
    in fold order. Fold f is the f-th contiguous block; the first n % k folds
    have n // k + 1 indices, the rest n // k. val_idx is the fold, train_idx is
    every other index; both ascending. Raises ValueError unless 2 <= k <= n.
    """
    raise NotImplementedError("k_fold_indices is not implemented yet")
