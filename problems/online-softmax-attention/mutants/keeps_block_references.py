# Wrong: collects the blocks in a list and concatenates them afterwards; the producer has overwritten
# the earlier blocks by then, and the whole key set and score matrix are materialised.
import numpy as np


def online_attention(q, kv_blocks):
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 2:
        raise ValueError("q must be 2-D")
    blocks = list(kv_blocks)
    if not blocks:
        raise ValueError("kv_blocks yielded no block")
    K = np.concatenate([np.asarray(k, dtype=np.float64) for k, _ in blocks])
    V = np.concatenate([np.asarray(v, dtype=np.float64) for _, v in blocks])
    if K.ndim != 2 or K.shape[1] != q.shape[1] or V.ndim != 2 or len(V) != len(K):
        raise ValueError("bad block shapes")
    s = q @ K.T / np.sqrt(q.shape[1])
    m = s.max(axis=1)
    e = np.exp(s - m[:, None])
    l = e.sum(axis=1)
    return e @ V / l[:, None], m, l
