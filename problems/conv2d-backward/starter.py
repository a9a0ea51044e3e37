import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    """Gradients (dx, dw, db) of sum(dout * conv2d(x, w, b, stride, padding)).

    x: (N, C, H, W), w: (F, C, KH, KW), dout: (N, F, H_out, W_out).
    """
    raise NotImplementedError("conv2d_backward is not implemented yet")
