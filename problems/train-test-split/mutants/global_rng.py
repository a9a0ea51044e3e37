# Wrong: shuffles with the unseeded global numpy RNG, so the split is not reproducible.
import math

import numpy as np


def train_test_split_indices(n, test_fraction, seed):
    if n < 2 or not 0.0 < test_fraction < 1.0:
        raise ValueError("bad arguments")
    n_test = min(max(int(math.floor(test_fraction * n + 0.5)), 1), n - 1)
    perm = np.random.permutation(n)
    return perm[n_test:], perm[:n_test]
