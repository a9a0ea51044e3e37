import numpy as np


def ndcg_at_k(relevance, scores, k):
    """NDCG@k of one ranked list.

    relevance[i] >= 0 is the graded relevance of item i, scores[i] the model's
    score. Items are ranked by score, highest first, ties by input position.
    Gain 2**rel - 1, discount log2(rank + 1) for ranks 1..k. Returns DCG@k
    divided by the ideal DCG@k, or 0.0 when the ideal DCG@k is 0.
    """
    raise NotImplementedError("ndcg_at_k is not implemented yet")
