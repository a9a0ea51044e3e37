import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    """2-D cross-correlation with zero padding and stride, plus a bias per filter.

    x: (N, C, H, W); w: (F, C, KH, KW); b: (F,).
    Returns (N, F, H_out, W_out) with H_out = (H + 2*padding - KH) // stride + 1
    (and likewise W_out).
    """
    raise NotImplementedError("conv2d_forward is not implemented yet")
