# Wrong: expects every cell to hold N / (r c), ignoring the margins.
import math

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


def chi2_independence(table):
    o = np.asarray(table)
    if o.ndim != 2 or o.shape[0] < 2 or o.shape[1] < 2:
        raise ValueError("table must be 2-D with at least two rows and two columns")
    if o.dtype == bool or not np.issubdtype(o.dtype, np.number):
        raise ValueError("table must hold numbers")
    o = o.astype(np.float64)
    if np.any(~np.isfinite(o)) or np.any(o < 0) or np.any(o != np.round(o)):
        raise ValueError("counts must be non-negative whole numbers")
    rows, cols = o.sum(axis=1), o.sum(axis=0)
    if np.any(rows == 0) or np.any(cols == 0):
        raise ValueError("a row or column with no observations has expected count 0")
    n = o.sum()
    expected = np.full(o.shape, n / o.size)
    stat = float(np.sum((o - expected) ** 2 / expected))
    df = (o.shape[0] - 1) * (o.shape[1] - 1)
    p = _chi2_sf(stat, df)
    v = math.sqrt(stat / (n * (min(o.shape) - 1)))
    return stat, df, p, expected, v
