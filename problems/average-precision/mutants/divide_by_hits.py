# Wrong: divides by the number of relevant items retrieved in the top k instead of min(k, P).
import numpy as np


def _ap(y_true, scores, k):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.shape != s.shape or not np.all((y == 0) | (y == 1)):
        raise ValueError("bad input")
    if int(y.sum()) == 0:
        return None
    hits = y[np.argsort(-s, kind="stable")] == 1
    depth = y.size if k is None else min(k, y.size)
    hits = hits[:depth]
    if not hits.any():
        return 0.0
    prec = np.cumsum(hits) / np.arange(1, depth + 1)
    return float(prec[hits].sum() / hits.sum())


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
