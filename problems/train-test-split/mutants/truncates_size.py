# Wrong: computes the test size with int() truncation instead of rounding half up.
import numpy as np


def train_test_split_indices(n, test_fraction, seed):
    if n < 2 or not 0.0 < test_fraction < 1.0:
        raise ValueError("bad arguments")
    n_test = min(max(int(test_fraction * n), 1), n - 1)
    perm = np.random.default_rng(seed).permutation(n)
    return perm[n_test:], perm[:n_test]
