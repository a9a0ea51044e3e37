import numpy as np


def mixup_batch(x, y, alpha, rng):
    """Mixup of a batch: returns (x_mixed, y_mixed, lam, perm).

    Draws lam = rng.beta(alpha, alpha), then perm = rng.permutation(n), and nothing else.
    x_mixed = lam * x + (1 - lam) * x[perm]; y_mixed likewise. Inputs are not modified.
    """
    raise NotImplementedError("mixup_batch is not implemented yet")
