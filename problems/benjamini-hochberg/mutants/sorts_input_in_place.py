# Wrong: sorts the caller's array in place and returns results in sorted order.
import numpy as np


def benjamini_hochberg(pvalues, q=0.05):
    p = pvalues if isinstance(pvalues, np.ndarray) else np.asarray(pvalues, dtype=float)
    if p.ndim != 1 or p.size == 0 or np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)) or not 0 < q < 1:
        raise ValueError("bad input")
    p = p.astype(float, copy=False)
    p.sort()
    m = p.size
    adjusted = np.minimum(1.0, np.minimum.accumulate((p * m / np.arange(1, m + 1))[::-1])[::-1])
    return adjusted, adjusted <= q
