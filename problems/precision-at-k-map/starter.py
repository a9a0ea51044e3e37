def precision_at_k(ranked, relevant, k):
    """|top-k of ranked ∩ relevant| / k (always divided by k)."""
    raise NotImplementedError("precision_at_k is not implemented yet")


def recall_at_k(ranked, relevant, k):
    """|top-k of ranked ∩ relevant| / |relevant|; ValueError when nothing is relevant."""
    raise NotImplementedError("recall_at_k is not implemented yet")


def map_at_k(rankings, relevants, k):
    """Mean over queries with relevant items of AP@k = sum of precision@r at hits r <= k / min(k, |R|)."""
    raise NotImplementedError("map_at_k is not implemented yet")
