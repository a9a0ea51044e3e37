# Wrong: causal rule j < i, so a token cannot attend to itself (and row 0 is empty).
import numpy as np


def build_attention_mask(lengths, T, causal=True, left_padding=False):
    lens = np.asarray(lengths)
    if lens.ndim != 1 or lens.size == 0 or np.any(lens != np.round(lens)) or np.any(lens < 0) or np.any(lens > T):
        raise ValueError("bad lengths")
    lens = lens.astype(int)
    idx = np.arange(T)
    key_ok = idx[None, :] >= (T - lens)[:, None] if left_padding else idx[None, :] < lens[:, None]
    mask = np.repeat(key_ok[:, None, :], T, axis=1)
    if causal:
        mask &= (idx[None, :] < idx[:, None])[None]
    return mask
