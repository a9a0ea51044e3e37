# Wrong: checks counts for negatives and fractions but not for infinity, so [100, inf] gives a nan statistic instead of ValueError.
import math
import numbers

import numpy as np


def _chi2_sf(x, df):
    """Upper tail of the chi-square distribution with integer df >= 1, from the closed forms."""
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:
        term, total = 1.0, 1.0
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return min(1.0, math.exp(-h) * total)
    total = math.erfc(math.sqrt(h))
    term = math.exp(-h) * math.sqrt(h) / math.gamma(1.5)  # i = 0
    for i in range(0, (df - 1) // 2):
        total += term
        term *= h / (i + 1.5)
    return min(1.0, total)


def srm_check(counts, ratios=None, threshold=0.001):
    c = np.asarray(counts)
    if c.ndim != 1 or c.size < 2:
        raise ValueError("counts must be a 1-D sequence with at least two arms")
    if c.dtype == bool or not (np.issubdtype(c.dtype, np.integer) or np.issubdtype(c.dtype, np.floating)):
        raise ValueError("counts must be numbers")
    c = c.astype(np.float64)
    if np.any(c < 0) or np.any(c != np.round(c)):
        raise ValueError("counts must be non-negative whole numbers")
    total = c.sum()
    if total <= 0:
        raise ValueError("no units were counted")
    if ratios is None:
        w = np.ones(c.size)
    else:
        w = np.asarray(ratios, dtype=np.float64)
        if w.shape != c.shape:
            raise ValueError("ratios must have one entry per arm")
        if np.any(~np.isfinite(w)) or np.any(w <= 0):
            raise ValueError("ratios must be positive and finite")
    if not 0.0 < float(threshold) < 1.0:
        raise ValueError("threshold must be strictly between 0 and 1")
    expected = total * w / w.sum()
    stat = float(np.sum((c - expected) ** 2 / expected))
    p = _chi2_sf(stat, c.size - 1)
    return stat, p, p < threshold
