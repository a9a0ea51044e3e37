import numpy as np


def dropout_forward(x, p, train, rng):
    if not train:
        return np.array(x), None
    x = np.asarray(x, dtype=np.float64)
    mask = rng.random(x.shape) >= p
    return x * mask / (1.0 - p), mask


def dropout_backward(dout, mask, p):
    if mask is None:
        return np.array(dout)
    return np.asarray(dout, dtype=np.float64) * mask / (1.0 - p)
