import numpy as np


def cosine_top_k(queries, corpus, k):
    """Indices (m, k) and cosine similarities (m, k) of the k most similar corpus rows per query.

    Highest similarity first; equal similarities by lower corpus index; zero
    vectors have similarity 0.
    """
    raise NotImplementedError("cosine_top_k is not implemented yet")
