# Wrong: positions start at 1 instead of 0.
import numpy as np


def positional_encoding(seq_len, d_model):
    pos = np.arange(1, seq_len + 1, dtype=np.float64)[:, None]
    j = np.arange(d_model)
    angles = pos / 10000.0 ** (2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
