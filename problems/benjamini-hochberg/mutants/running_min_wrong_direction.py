# Wrong: takes the running minimum from the smallest p-value upward instead of from the largest downward.
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
    adjusted[order] = np.minimum(1.0, np.minimum.accumulate(p[order] * m / np.arange(1, m + 1)))
    return adjusted, adjusted <= q
