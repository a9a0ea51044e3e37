# Wrong: correct adjusted values, but rejects by walking up from the smallest p-value and stopping at the
# first one above its threshold k q / m (step-down) instead of taking the largest k that passes.
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
    adjusted[order] = np.minimum(1.0, np.minimum.accumulate((p[order] * m / np.arange(1, m + 1))[::-1])[::-1])
    reject = np.zeros(m, dtype=bool)
    for k, i in enumerate(order, start=1):
        if p[i] <= k * q / m:
            reject[i] = True
        else:
            break
    return adjusted, reject
