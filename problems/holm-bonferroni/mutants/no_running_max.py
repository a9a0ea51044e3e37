# Wrong: forgets the running maximum, so a later p-value can get a smaller adjusted value than an earlier one.
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
    adjusted[order] = np.minimum(1.0, (m - np.arange(m)) * p[order])
    return adjusted, adjusted <= alpha
