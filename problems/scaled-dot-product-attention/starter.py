import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    """softmax(q @ k^T / sqrt(d_k)) @ v over the last two axes. Returns (out, weights).

    mask: None or boolean, broadcastable to (..., L_q, L_k); True = may attend.
    Fully masked query rows get all-zero weights and an all-zero output.
    """
    raise NotImplementedError("scaled_dot_product_attention is not implemented yet")
