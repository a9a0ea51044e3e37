import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    d_k = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d_k)
    if mask is not None:
        keep = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
        scores = np.where(keep, scores, -np.inf)
    row_max = np.full(scores.shape[:-1] + (1,), scores.max())
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)  # fully masked rows
    e = np.exp(scores - row_max)  # exp(-inf) = 0 for masked entries
    total = e.sum(axis=-1, keepdims=True)
    weights = e / np.where(total > 0, total, 1.0)  # fully masked rows stay all zero
    return weights @ v, weights
