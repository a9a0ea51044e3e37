import numpy as np


def maxpool2d_forward(x, kernel_size, stride=None):
    """Max over K x K windows with stride S (S = K when stride is None), no padding.

    x: (N, C, H, W) -> (N, C, (H - K) // S + 1, (W - K) // S + 1).
    """
    raise NotImplementedError("maxpool2d_forward is not implemented yet")


def maxpool2d_backward(dout, x, kernel_size, stride=None):
    """Gradient w.r.t. x: each dout entry goes to its window's first (row-major) maximum;
    overlapping windows accumulate. Returns an array shaped like x.
    """
    raise NotImplementedError("maxpool2d_backward is not implemented yet")
