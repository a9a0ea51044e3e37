# Wrong: ranks with argsort(scores)[::-1], which puts tied items in reverse input order.
import numpy as np


def _ap(y_true, scores, k):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.shape != s.shape or not np.all((y == 0) | (y == 1)):
        raise ValueError("bad input")
    n_pos = int(y.sum())
    if n_pos == 0:
        return None
    hits = y[np.argsort(s, kind="stable")[::-1]] == 1
    depth = y.size if k is None else min(k, y.size)
    hits = hits[:depth]
    prec = np.cumsum(hits) / np.arange(1, depth + 1)
    return float(prec[hits].sum() / (n_pos if k is None else min(k, n_pos)))


def average_precision(y_true, scores, k=None):
    if k is not None and k < 1:
        raise ValueError("bad k")
    ap = _ap(y_true, scores, k)
    if ap is None:
        raise ValueError("no positives")
    return ap


def mean_average_precision(queries, k=None):
    if k is not None and k < 1:
        raise ValueError("bad k")
    aps = [a for a in (_ap(y, s, k) for y, s in queries) if a is not None]
    if not aps:
        raise ValueError("no query with positives")
    return float(np.mean(aps))
