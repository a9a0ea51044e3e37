# Wrong: uses j / d_model in the exponent instead of 2 * (j // 2) / d_model, so sin/cos pairs get different frequencies.
import numpy as np


def positional_encoding(seq_len, d_model):
    pos = np.arange(seq_len, dtype=np.float64)[:, None]
    j = np.arange(d_model)
    angles = pos / 10000.0 ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
