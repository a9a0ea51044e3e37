import math

import numpy as np


def train_test_split_indices(n, test_fraction, seed):
    if n < 2:
        raise ValueError("need at least two samples")
    if not 0.0 < test_fraction < 1.0:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    n_test = int(math.floor(test_fraction * n + 0.5))
    n_test = min(max(n_test, 1), n - 1)
    np.random.seed(seed)
    perm = np.random.permutation(n)
    return perm[n_test:], perm[:n_test]
