import numpy as np


def top_k_items(user_emb, item_emb, k, exclude=None):
    """Top-k items per user by dot product, excluding seen items; ties by smaller item id.

    Returns (ids int64 (B, k), scores float64 (B, k)), padded with -1 / -inf.
    """
    raise NotImplementedError("top_k_items is not implemented yet")
