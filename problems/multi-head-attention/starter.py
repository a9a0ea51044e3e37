import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal=False):
    """Multi-head self-attention (no biases). x: (N, L, d_model); W*: (d_model, d_model).

    Head i uses columns i*d_head:(i+1)*d_head of x @ Wq, x @ Wk, x @ Wv, with
    d_head = d_model // num_heads and scores scaled by 1 / sqrt(d_head).
    causal=True lets position i attend only to positions j <= i.
    Heads are concatenated in order, then multiplied by Wo. Returns (N, L, d_model).
    """
    raise NotImplementedError("multi_head_attention is not implemented yet")
