# Wrong: mixes conventions: scales at train time AND multiplies by (1 - p) at evaluation time.
import numpy as np


def dropout_forward(x, p, train, rng):
    x = np.asarray(x, dtype=np.float64)
    if not train:
        return x * (1.0 - p), None
    mask = rng.random(x.shape) >= p
    return x * mask / (1.0 - p), mask


def dropout_backward(dout, mask, p):
    dout = np.asarray(dout, dtype=np.float64)
    if mask is None:
        return dout * (1.0 - p)
    return dout * mask / (1.0 - p)
