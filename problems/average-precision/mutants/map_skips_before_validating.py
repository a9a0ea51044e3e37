# Wrong: MAP drops queries without a relevant item before validating them, so a malformed all-negative query is not refused.
import numpy as np


def _validate_k(k):
    if k is not None and k < 1:
        raise ValueError("k must be None or at least 1")


def _ap_or_none(y_true, scores, k):
    """AP of one list, or None when the list has no positives."""
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.ndim != 1 or y.shape != s.shape:
        raise ValueError("y_true and scores must be 1-D and of equal length")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    n_pos = int(np.sum(y == 1))
    if n_pos == 0:
        return None
    order = np.argsort(-s, kind="stable")  # descending score, ties by input position
    hits = (y[order] == 1)
    depth = y.size if k is None else min(k, y.size)
    hits = hits[:depth]
    precision_at_r = np.cumsum(hits) / np.arange(1, depth + 1)
    denom = n_pos if k is None else min(k, n_pos)
    return float(np.sum(precision_at_r[hits]) / denom)


def average_precision(y_true, scores, k=None):
    _validate_k(k)
    ap = _ap_or_none(y_true, scores, k)
    if ap is None:
        raise ValueError("average precision needs at least one positive")
    return ap


def mean_average_precision(queries, k=None):
    _validate_k(k)
    aps = [_ap_or_none(y, s, k) for y, s in queries if np.sum(np.asarray(y) == 1) > 0]
    aps = [a for a in aps if a is not None]
    if not aps:
        raise ValueError("no query has a positive item")
    return float(np.mean(aps))
