# Wrong: treats p as the keep probability (mask = rng.random < p) instead of the drop probability.
import numpy as np


def dropout_forward(x, p, train, rng):
    x = np.asarray(x, dtype=np.float64)
    if not train:
        return x.copy(), None
    mask = rng.random(x.shape) < p
    return x * mask / p, mask


def dropout_backward(dout, mask, p):
    dout = np.asarray(dout, dtype=np.float64)
    if mask is None:
        return dout.copy()
    return dout * mask / p
