import numpy as np


def positional_encoding(seq_len, d_model):
    """(seq_len, d_model) sinusoidal encoding, positions from 0.

    Column j uses i = j // 2 and angle pos / 10000 ** (2 * i / d_model):
    sine for even j, cosine for odd j (odd d_model: same formula, last column is a sine).
    """
    raise NotImplementedError("positional_encoding is not implemented yet")
