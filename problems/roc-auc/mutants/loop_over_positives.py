import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.ndim != 1 or s.ndim != 1 or y.shape != s.shape:
        raise ValueError("y_true and scores must be 1-D and of equal length")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    pos, neg = s[y == 1], s[y == 0]
    if pos.size == 0 or neg.size == 0:
        raise ValueError("ROC-AUC needs both classes")
    won = 0.0
    for p in pos:  # O(P * N) comparisons
        won += np.count_nonzero(neg < p) + 0.5 * np.count_nonzero(neg == p)
    return float(won / (pos.size * neg.size))
