import numpy as np


def stratified_k_fold(y, k):
    """Assign each sample to one of k folds so every class is spread evenly.

    Deal the indices round-robin to folds 0, 1, ..., k-1, 0, 1, ...: classes in
    ascending order, within a class the indices in increasing order, and the
    fold pointer continues from one class to the next (it is not reset).
    Returns a 1-D integer numpy array of length n with values in 0..k-1.
    Raises ValueError unless 2 <= k <= n.
    """
    raise NotImplementedError("stratified_k_fold is not implemented yet")
