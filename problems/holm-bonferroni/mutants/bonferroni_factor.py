# Wrong: multiplies every p-value by m (plain Bonferroni) instead of m - k + 1.
import numpy as np


def _validate(p, alpha):
    p = np.asarray(p, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)) or not 0 < alpha < 1:
        raise ValueError("bad input")
    return p


def holm_bonferroni(pvalues, alpha=0.05):
    p = _validate(pvalues, alpha)
    adjusted = np.minimum(1.0, p * p.size)
    return adjusted, adjusted <= alpha
