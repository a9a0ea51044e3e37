import math
import numbers

import numpy as np


def ipw_ate(y, treated, propensity, normalized=False, clip=1e-3):
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(treated)
    e = np.asarray(propensity, dtype=np.float64)
    if y.ndim != 1 or t.ndim != 1 or e.ndim != 1:
        raise ValueError("y, treated and propensity must be 1-D")
    if not (y.shape == t.shape == e.shape):
        raise ValueError("y, treated and propensity must have the same length, got %d, %d, %d" % (y.size, t.size, e.size))
    if not np.all(np.isfinite(y)):
        raise ValueError("y holds a non-finite value")
    try:
        tf = t.astype(np.float64)
    except (TypeError, ValueError):
        raise ValueError("treated must hold 0/1 entries")
    if not np.all((tf == 0.0) | (tf == 1.0)):
        raise ValueError("treated must hold only 0 and 1")
    if not np.all((e > 0.0) & (e < 1.0)):
        raise ValueError("propensities must lie strictly between 0 and 1")
    if isinstance(clip, bool) or not isinstance(clip, numbers.Real) or not (0.0 <= clip < 0.5):
        raise ValueError("clip must be a number in [0, 0.5), got %r" % (clip,))
    is_t = tf == 1.0
    if not is_t.any() or is_t.all():
        raise ValueError("need at least one treated and one control unit")
    e = np.clip(e, clip, 1.0 - clip)
    w1 = np.where(is_t, 1.0 / e, 0.0)
    w0 = np.where(is_t, 0.0, 1.0 / (1.0 - e))
    if normalized:
        return float((w1 @ y) / w1.sum() - (w0 @ y) / w0.sum())
    n = y.size
    return float((w1 @ y) / n - (w0 @ y) / n)
