import numpy as np


def kv_attend(x_new, cache, Wq, Wk, Wv, Wo, n_heads):
    """Causal multi-head self-attention for a chunk of new tokens, using and extending a KV cache.

    x_new: (t_new, d). cache: None or {"k": (n_heads, P, dh), "v": (n_heads, P, dh)}.
    Returns (out of shape (t_new, d), new_cache with arrays of shape (n_heads, P + t_new, dh)).
    The cache passed in must not be modified.
    """
    raise NotImplementedError("kv_attend is not implemented yet")
