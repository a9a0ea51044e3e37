# Wrong: counts only strictly won pairs; tied pairs contribute 0 instead of 1/2.
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    if y.shape != s.shape or not np.all((y == 0) | (y == 1)):
        raise ValueError("bad input")
    pos, neg = np.sort(s[y == 1]), np.sort(s[y == 0])
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    # for each positive, the number of negatives strictly below it
    below = np.searchsorted(neg, pos, side="left")
    return float(below.sum() / (pos.size * neg.size))
