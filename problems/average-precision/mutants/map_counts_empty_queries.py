# Wrong: MAP counts queries without relevant items as AP 0 instead of skipping them.
import numpy as np


def _ap(y_true, scores, k):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.shape != s.shape or not np.all((y == 0) | (y == 1)):
        raise ValueError("bad input")
    n_pos = int(y.sum())
    if n_pos == 0:
        return None
    hits = y[np.argsort(-s, kind="stable")] == 1
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
    if not queries:
        raise ValueError("no queries")
    aps = [_ap(y, s, k) for y, s in queries]
    if all(a is None for a in aps):
        raise ValueError("no query with positives")
    return float(np.mean([0.0 if a is None else a for a in aps]))
