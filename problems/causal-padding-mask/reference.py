import numpy as np


def build_attention_mask(lengths, T, causal=True, left_padding=False):
    raw = np.asarray(lengths)
    if raw.ndim != 1 or raw.size == 0:
        raise ValueError("lengths must be a non-empty 1-D sequence, got shape %s" % (raw.shape,))
    if raw.dtype.kind not in "iub":
        as_float = raw.astype(np.float64)
        if not np.all(np.isfinite(as_float)) or np.any(as_float != np.round(as_float)):
            raise ValueError("lengths must be whole numbers, got %s" % (raw.tolist(),))
    lens = raw.astype(np.int64)
    if np.any(lens < 0) or np.any(lens > T):
        raise ValueError("every length must lie in 0..%d, got %s" % (T, lens.tolist()))
    idx = np.arange(T)
    if left_padding:
        key_ok = idx[None, :] >= (T - lens)[:, None]
    else:
        key_ok = idx[None, :] < lens[:, None]
    mask = np.broadcast_to(key_ok[:, None, :], (lens.size, T, T))
    if causal:
        mask = mask & (idx[None, :] <= idx[:, None])[None, :, :]
    return np.array(mask, dtype=bool)
