# Wrong: copies each block as it arrives (so buffer reuse does no harm), but keeps them all and computes
# the whole score row at the end: memory grows with the number of keys.
import numpy as np


def online_attention(q, kv_blocks):
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 2:
        raise ValueError("q must be 2-D")
    keys, values = [], []
    for k, v in kv_blocks:
        k = np.array(k, dtype=np.float64)
        v = np.array(v, dtype=np.float64)
        if k.ndim != 2 or k.shape[0] < 1 or k.shape[1] != q.shape[1] or v.ndim != 2 or len(v) != len(k):
            raise ValueError("bad block shapes")
        if values and v.shape[1] != values[0].shape[1]:
            raise ValueError("d_v changed")
        keys.append(k)
        values.append(v)
    if not keys:
        raise ValueError("kv_blocks yielded no block")
    K, V = np.concatenate(keys), np.concatenate(values)
    s = q @ K.T / np.sqrt(q.shape[1])
    m = s.max(axis=1)
    e = np.exp(s - m[:, None])
    l = e.sum(axis=1)
    return e @ V / l[:, None], m, l
