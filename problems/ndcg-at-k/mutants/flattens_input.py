import numpy as np


def _dcg(rel_in_rank_order, k):
    rel = rel_in_rank_order[:k]
    discounts = np.log2(np.arange(2, rel.size + 2))
    return float(np.sum((2.0 ** rel - 1.0) / discounts))


def ndcg_at_k(relevance, scores, k):
    rel = np.asarray(relevance, dtype=np.float64).ravel()
    s = np.asarray(scores, dtype=np.float64).ravel()
    if rel.ndim != 1 or rel.shape != s.shape or rel.size == 0:
        raise ValueError("relevance and scores must be 1-D, non-empty and of equal length")
    if k < 1:
        raise ValueError("k must be at least 1")
    if np.any(rel < 0):
        raise ValueError("relevance must be non-negative")
    order = np.argsort(-s, kind="stable")  # descending score, ties by input position
    ideal = _dcg(np.sort(rel)[::-1], k)
    if ideal == 0.0:
        return 0.0
    return _dcg(rel[order], k) / ideal
