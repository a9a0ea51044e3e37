import numpy as np


def cuped(y, x, treatment):
    y = np.asarray(y, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(treatment)
    if y.ndim != 1 or x.ndim != 1 or t.ndim != 1:
        raise ValueError("y, x and treatment must be 1-D")
    if not (y.shape == x.shape == t.shape):
        raise ValueError("y, x and treatment must have the same length")
    if t.dtype == bool:
        t = t.astype(np.int64)
    if not np.all((t == 0) | (t == 1)):
        raise ValueError("treatment values must be 0 or 1")
    is_t = t == 1
    n1, n0 = int(is_t.sum()), int((~is_t).sum())
    if n1 < 2 or n0 < 2:
        raise ValueError("each arm needs at least 2 units")
    xc = x - x.mean()
    yc = y - y.mean()
    sxx = float(xc @ xc)
    if sxx == 0.0:
        raise ValueError("x is constant, so theta is undefined")
    theta = float(xc @ yc) / sxx
    y_adj = y - theta * xc
    a1, a0 = y_adj[is_t], y_adj[~is_t]
    effect = float(a1.mean() - a0.mean())
    se = float(np.sqrt(a1.var(ddof=1) / n1 + a0.var(ddof=1) / n0))
    return theta, y_adj, effect, se
