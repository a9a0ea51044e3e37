# Wrong: averages each query's pairs first and then averages over queries.
import numpy as np


def ranknet_loss(scores, labels, qid, sigma=1.0):
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    q = np.asarray(qid)
    if s.ndim != 1 or y.shape != s.shape or q.shape != s.shape:
        raise ValueError("scores, labels and qid must be 1-D arrays of the same length")
    if not sigma > 0:
        raise ValueError("sigma must be positive")
    grad = np.zeros_like(s)
    total = 0.0
    pairs = 0
    for g in np.unique(q):
        idx = np.flatnonzero(q == g)
        ys, ss = y[idx], s[idx]
        better = ys[:, None] > ys[None, :]            # (i, j): i should rank above j
        if not better.any():
            continue
        diff = sigma * (ss[:, None] - ss[None, :])
        npairs = int(better.sum())
        total += float(np.logaddexp(0.0, -diff)[better].sum()) / npairs
        pairs += 1
        # d/d diff of log(1 + exp(-diff)) = -sigmoid(-diff)
        lam = np.where(better, -sigma * 0.5 * (1.0 - np.tanh(0.5 * diff)), 0.0)
        grad[idx] += (lam.sum(axis=1) - lam.sum(axis=0)) / npairs
    if pairs == 0:
        return 0.0, grad
    return total / pairs, grad / pairs
