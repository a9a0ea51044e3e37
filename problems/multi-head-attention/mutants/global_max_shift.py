import numpy as np


def _split_heads(t, num_heads):
    n, length, d_model = t.shape
    # (N, L, d_model) -> (N, L, h, d_head) -> (N, h, L, d_head)
    return t.reshape(n, length, num_heads, d_model // num_heads).transpose(0, 2, 1, 3)


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal=False):
    x = np.asarray(x, dtype=np.float64)
    n, length, d_model = x.shape
    d_head = d_model // num_heads
    q = _split_heads(x @ Wq, num_heads)
    k = _split_heads(x @ Wk, num_heads)
    v = _split_heads(x @ Wv, num_heads)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d_head)  # (N, h, L, L)
    if causal:
        future = np.triu(np.ones((length, length), dtype=bool), k=1)
        scores = np.where(future, -np.inf, scores)
    scores = scores - scores.max()  # the diagonal is always allowed
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ v  # (N, h, L, d_head)
    concat = heads.transpose(0, 2, 1, 3).reshape(n, length, d_model)
    return concat @ Wo
