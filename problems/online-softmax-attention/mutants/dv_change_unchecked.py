# Wrong: does not compare d_v across blocks; a later block of width 1 broadcasts into the accumulator instead of raising.
import numpy as np


def online_attention(q, kv_blocks):
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 2 or q.shape[0] < 1 or q.shape[1] < 1:
        raise ValueError("q must be a non-empty 2-D array (L_q, d), got shape %s" % (q.shape,))
    L_q, d = q.shape
    scale = 1.0 / np.sqrt(d)
    m = np.full(L_q, -np.inf)
    l = np.zeros(L_q)
    acc = None
    for index, block in enumerate(kv_blocks):
        K, V = block
        K = np.asarray(K, dtype=np.float64)
        V = np.asarray(V, dtype=np.float64)
        if K.ndim != 2 or K.shape[0] < 1 or K.shape[1] != d:
            raise ValueError("block %d: keys must have shape (n_b, %d) with n_b >= 1, got %s" % (index, d, K.shape))
        if V.ndim != 2 or V.shape[0] != K.shape[0] or V.shape[1] < 1:
            raise ValueError("block %d: values must have shape (%d, d_v), got %s" % (index, K.shape[0], V.shape))
        if acc is None:
            acc = np.zeros((L_q, V.shape[1]))
        s = (q @ K.T) * scale
        m_new = np.maximum(m, s.max(axis=1))
        alpha = np.exp(m - m_new)
        p = np.exp(s - m_new[:, None])
        l = alpha * l + p.sum(axis=1)
        acc = alpha[:, None] * acc + p @ V
        m = m_new
    if acc is None:
        raise ValueError("kv_blocks yielded no block")
    return acc / l[:, None], m, l
