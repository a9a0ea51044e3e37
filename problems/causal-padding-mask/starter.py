import numpy as np


def build_attention_mask(lengths, T, causal=True, left_padding=False):
    """Boolean mask of shape (B, T, T): mask[b, i, j] is True when query i of sequence b may attend key j."""
    raise NotImplementedError("build_attention_mask is not implemented yet")
