import numpy as np


def positional_encoding(seq_len, d_model):
    pos = np.arange(seq_len, dtype=np.float64)[:, None]        # (L, 1)
    j = np.arange(d_model)
    rates = 10000.0 ** (-(2 * (j // 2)) / d_model)             # (D,)
    angles = pos * rates                                         # (L, D)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
