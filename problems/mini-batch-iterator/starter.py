import numpy as np


def iterate_minibatches(X, y, batch_size, shuffle=True, seed=None, drop_last=False):
    """Yield (X_batch, y_batch) pairs covering one epoch.

    Order: np.random.default_rng(seed).permutation(n) when shuffle, else 0..n-1.
    Batches of batch_size consecutive positions; the last may be shorter unless
    drop_last. Never touches the global np.random state; never modifies X or y.
    """
    raise NotImplementedError("iterate_minibatches is not implemented yet")
