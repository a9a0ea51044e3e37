# Wrong: ranks with argsort(scores)[::-1], which puts tied items in reverse input order.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    rel = np.asarray(relevance, dtype=np.float64)
    s = np.asarray(scores, dtype=np.float64)
    if rel.shape != s.shape or rel.size == 0 or k < 1 or np.any(rel < 0):
        raise ValueError("bad input")
    disc = np.log2(np.arange(2, rel.size + 2))
    gains = 2.0 ** rel - 1.0
    ranked = gains[np.argsort(s, kind="stable")[::-1]]
    ideal = np.sort(gains)[::-1]
    dcg = float(np.sum(ranked[:k] / disc[:k]))
    idcg = float(np.sum(ideal[:k] / disc[:k]))
    return 0.0 if idcg == 0 else dcg / idcg
