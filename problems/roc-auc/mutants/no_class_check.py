# Wrong: no check for a missing class, so single-class input returns nan instead of raising.
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = np.sort(s[y == 1]), np.sort(s[y == 0])
    lo = np.searchsorted(neg, pos, side="left")
    hi = np.searchsorted(neg, pos, side="right")
    with np.errstate(invalid="ignore", divide="ignore"):
        return float((lo.sum() + 0.5 * (hi - lo).sum()) / (pos.size * neg.size))
