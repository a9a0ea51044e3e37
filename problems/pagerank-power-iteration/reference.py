import numbers

import numpy as np


def pagerank(n, edges, damping=0.85, tol=1e-12, max_iter=1000):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
        raise ValueError("n must be a positive integer")
    if not 0.0 <= damping < 1.0:
        raise ValueError("damping must lie in [0, 1)")
    E = np.asarray(edges, dtype=np.int64)
    if E.size == 0:
        E = E.reshape(0, 2)
    if E.ndim != 2 or E.shape[1] != 2:
        raise ValueError("edges must be a sequence of (source, target) pairs")
    if E.size and (E.min() < 0 or E.max() >= n):
        raise ValueError("node ids must lie in 0..%d" % (n - 1))
    src, dst = E[:, 0], E[:, 1]
    out_deg = np.bincount(src, minlength=n).astype(np.float64)
    dangling = out_deg == 0
    safe_deg = np.where(dangling, 1.0, out_deg)
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        share = r / safe_deg
        incoming = np.bincount(dst, weights=share[src], minlength=n)
        new = (1.0 - damping) / n + damping * (incoming + r[dangling].sum() / n)
        change = np.abs(new - r).sum()
        r = new
        if change < tol:
            break
    return r
