import numpy as np


def train_test_split_indices(n, test_fraction, seed):
    """Randomly split the indices 0..n-1 into a train part and a test part.

    Returns (train_idx, test_idx), two 1-D integer numpy arrays that together
    hold every index exactly once. The test part has
    floor(test_fraction * n + 0.5) indices, clamped to [1, n - 1].
    The same seed must always give the same split.
    """
    raise NotImplementedError("train_test_split_indices is not implemented yet")
