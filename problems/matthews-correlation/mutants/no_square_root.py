# Wrong: divides by the product of the marginals without taking its square root.
import math

import numpy as np


def _labels(y, name):
    a = np.asarray(y)
    if a.ndim != 1:
        raise ValueError("%s must be 1-D" % name)
    if a.size and not np.all((a == 0) | (a == 1)):
        raise ValueError("%s must contain only 0 and 1" % name)
    return a == 1


def matthews_corrcoef(y_true, y_pred):
    t = _labels(y_true, "y_true")
    p = _labels(y_pred, "y_pred")
    if t.shape != p.shape:
        raise ValueError("y_true and y_pred have different lengths")
    if t.size == 0:
        raise ValueError("empty input")
    tp = int(np.count_nonzero(t & p))
    tn = int(np.count_nonzero(~t & ~p))
    fp = int(np.count_nonzero(~t & p))
    fn = int(np.count_nonzero(t & ~p))
    denom = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)  # Python ints: no overflow
    if denom == 0:
        return 0.0
    return (tp * tn - fp * fn) / denom
