# Wrong: subtracts the row maximum before applying the causal mask, so a masked key with a huge score underflows every allowed key to 0 (0/0).
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    if q.ndim != 4 or k.ndim != 4 or v.ndim != 4:
        raise ValueError("q, k and v must be 4-D (batch, heads, length, features), got %s, %s, %s" % (q.shape, k.shape, v.shape))
    B, n_q, L_q, d = q.shape
    Bk, n_kv, L_k, dk = k.shape
    if min(q.shape) < 1 or min(k.shape) < 1 or min(v.shape) < 1:
        raise ValueError("every dimension must be at least 1")
    if Bk != B or v.shape[0] != B:
        raise ValueError("q, k and v must have the same batch size")
    if v.shape[1] != n_kv or v.shape[2] != L_k:
        raise ValueError("k and v must have the same number of heads and the same length")
    if dk != d:
        raise ValueError("q and k must have the same feature width, got %d and %d" % (d, dk))
    if n_q % n_kv != 0:
        raise ValueError("n_q = %d is not a multiple of n_kv = %d" % (n_q, n_kv))
    if causal and L_q > L_k:
        raise ValueError("a causal call needs L_q <= L_k")
    group = n_q // n_kv
    k_rep = np.repeat(k, group, axis=1)
    v_rep = np.repeat(v, group, axis=1)
    scores = q @ np.swapaxes(k_rep, -1, -2) / np.sqrt(d)
    scores = scores - scores.max(axis=-1, keepdims=True)
    if causal:
        offset = L_k - L_q
        allowed = np.arange(L_k)[None, :] <= (np.arange(L_q)[:, None] + offset)
        scores = np.where(allowed, scores, -np.inf)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    return w @ v_rep
