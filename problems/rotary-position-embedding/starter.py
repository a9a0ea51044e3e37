import numpy as np


def apply_rope(x, positions=None, base=10000.0):
    """Rotate each adjacent feature pair (2i, 2i+1) of row t by positions[t] * base**(-2i/D).

    x has shape (..., T, D) with D even; positions defaults to 0..T-1.
    Returns a new float64 array with the shape of x.
    """
    raise NotImplementedError("apply_rope is not implemented yet")
