import numpy as np


def causal_conv1d(x, w, b, dilation=1):
    """y[n, o, t] = b[o] + sum_{c, k} w[o, c, k] * x[n, c, t - (K - 1 - k) * dilation], zeros before t = 0.

    x: (N, C_in, T), w: (C_out, C_in, K), b: (C_out,). Returns float64 (N, C_out, T).
    """
    raise NotImplementedError("causal_conv1d is not implemented yet")


def causal_conv1d_backward(dy, x, w, dilation=1):
    """Gradients (dx, dw, db) of sum(dy * causal_conv1d(x, w, b, dilation)).

    dy: (N, C_out, T). Returns float64 arrays shaped like x, w and (C_out,).
    """
    raise NotImplementedError("causal_conv1d_backward is not implemented yet")
