# Wrong: adjusted = m * p_(k) / k with no running minimum, so adjusted values can cross and rejections are step-down-like.
import numpy as np


def _validate(p, q):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)) or not 0 < q < 1:
        raise ValueError("bad input")
    return p


def benjamini_hochberg(pvalues, q=0.05):
    p = _validate(pvalues, q)
    m = p.size
    order = np.argsort(p, kind="stable")
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(1.0, p[order] * m / np.arange(1, m + 1))
    return adjusted, adjusted <= q
