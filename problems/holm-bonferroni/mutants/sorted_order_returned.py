# Wrong: returns the adjusted values in sorted order instead of the caller's order.
import numpy as np


def _validate(p, alpha):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)) or not 0 < alpha < 1:
        raise ValueError("bad input")
    return p


def holm_bonferroni(pvalues, alpha=0.05):
    p = _validate(pvalues, alpha)
    m = p.size
    ps = np.sort(p)
    adjusted = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * ps))
    return adjusted, adjusted <= alpha
