# Wrong: reshapes (N, L, d_model) straight to (N, h, L, d_head), mixing positions across heads.
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal=False):
    x = np.asarray(x, dtype=np.float64)
    n, length, d = x.shape
    dh = d // num_heads

    def split(t):
        return t.reshape(n, num_heads, length, dh)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    if causal:
        s = np.where(np.triu(np.ones((length, length), dtype=bool), 1), -np.inf, s)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).reshape(n, length, d) @ Wo
