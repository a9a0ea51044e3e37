# Wrong: argsort on the scores reversed, so equal scores come out larger item id first.
import numbers

import numpy as np


def top_k_items(user_emb, item_emb, k, exclude=None):
    U = np.asarray(user_emb, dtype=np.float64)
    V = np.asarray(item_emb, dtype=np.float64)
    if U.ndim != 2 or V.ndim != 2 or U.shape[1] != V.shape[1]:
        raise ValueError("user_emb (B, d) and item_emb (M, d) must share d, got %s and %s" % (U.shape, V.shape))
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError("k must be a positive integer, got %r" % (k,))
    B, M = U.shape[0], V.shape[0]
    if exclude is not None and len(exclude) != B:
        raise ValueError("exclude must hold one collection of item ids per user")
    scores = U @ V.T
    if exclude is not None:
        for b, seen in enumerate(exclude):
            ids = np.asarray(list(seen), dtype=np.int64)
            if ids.size and (ids.min() < 0 or ids.max() >= M):
                raise ValueError("excluded item ids must lie in 0..%d" % (M - 1))
            scores[b, ids] = -np.inf
    # order by score descending, ties by item id ascending: lexsort's last key is the primary one
    idx = np.full((B, k), -1, dtype=np.int64)
    out = np.full((B, k), -np.inf)
    item_ids = np.arange(M)
    for b in range(B):
        row = scores[b]
        order = np.argsort(row, kind='stable')[::-1]
        order = order[np.isfinite(row[order])][:k]
        idx[b, :order.size] = order
        out[b, :order.size] = row[order]
    return idx, out
