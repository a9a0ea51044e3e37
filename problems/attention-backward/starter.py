import numpy as np


def attention_forward(Q, K, V, mask=None):
    """softmax(Q @ K^T / sqrt(d), masked) @ V over the last two axes; float64 of shape (..., Tq, dv)."""
    raise NotImplementedError("attention_forward is not implemented yet")


def attention_backward(dout, Q, K, V, mask=None):
    """Return (dQ, dK, dV), the gradients of sum(dout * attention_forward(Q, K, V, mask))."""
    raise NotImplementedError("attention_backward is not implemented yet")
