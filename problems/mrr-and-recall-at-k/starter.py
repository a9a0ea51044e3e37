def retrieval_metrics(ranked, relevant, k):
    """Mean reciprocal rank and mean recall at cut-off k over queries with at least one relevant item.

    Returns {"mrr": float, "recall": float}.
    """
    raise NotImplementedError("retrieval_metrics is not implemented yet")
