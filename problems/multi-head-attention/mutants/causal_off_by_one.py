# Wrong: the causal mask uses triu(k=2), so each position can also see the next token.
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal=False):
    x = np.asarray(x, dtype=np.float64)
    n, length, d = x.shape
    dh = d // num_heads

    def split(t):
        return t.reshape(n, length, num_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    if causal:
        s = np.where(np.triu(np.ones((length, length), dtype=bool), 2), -np.inf, s)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v).transpose(0, 2, 1, 3).reshape(n, length, d) @ Wo
