# Wrong: never shuffles; the test part is always the first n_test indices.
import math

import numpy as np


def train_test_split_indices(n, test_fraction, seed):
    if n < 2 or not 0.0 < test_fraction < 1.0:
        raise ValueError("bad arguments")
    n_test = min(max(int(math.floor(test_fraction * n + 0.5)), 1), n - 1)
    idx = np.arange(n)
    return idx[n_test:], idx[:n_test]
