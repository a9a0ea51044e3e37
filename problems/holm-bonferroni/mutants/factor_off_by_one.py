# Wrong: off by one in the multiplier: the k-th smallest (1-based) gets m - k instead of m - k + 1.
import numpy as np


def _validate(p, alpha):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)) or not 0 < alpha < 1:
        raise ValueError("bad input")
    return p


def holm_bonferroni(pvalues, alpha=0.05):
    p = _validate(pvalues, alpha)
    m = p.size
    order = np.argsort(p, kind="stable")
    adjusted = np.empty(m)
    factors = np.maximum(m - np.arange(1, m + 1), 1)
    adjusted[order] = np.minimum(1.0, np.maximum.accumulate(factors * p[order]))
    return adjusted, adjusted <= alpha
