import numpy as np


def dropout_forward(x, p, train, rng):
    """Inverted dropout. Returns (out, mask).

    train=True: mask = rng.random(x.shape) >= p (one call), out = x * mask / (1 - p).
    train=False: out is a copy of x, mask is None, rng is not used.
    """
    raise NotImplementedError("dropout_forward is not implemented yet")


def dropout_backward(dout, mask, p):
    """Gradient w.r.t. x: dout * mask / (1 - p), or a copy of dout when mask is None."""
    raise NotImplementedError("dropout_backward is not implemented yet")
