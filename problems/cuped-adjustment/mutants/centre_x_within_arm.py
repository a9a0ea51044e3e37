# Wrong: centres x on each arm's own mean, which throws away the correction for a pre-period imbalance.
import numpy as np


def cuped(y, x, treatment):
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(treatment).astype(int)
    if y.ndim != 1 or y.shape != x.shape or x.shape != t.shape or not np.all((t == 0) | (t == 1)):
        raise ValueError("bad input")
    if (t == 1).sum() < 2 or (t == 0).sum() < 2 or np.all(x == x[0]):
        raise ValueError("bad input")
    xc, yc = x - x.mean(), y - y.mean()
    theta = float(xc @ yc / (xc @ xc))
    y_adj = y.copy()
    for arm in (0, 1):
        m = t == arm
        y_adj[m] = y[m] - theta * (x[m] - x[m].mean())
    a1, a0 = y_adj[t == 1], y_adj[t == 0]
    return theta, y_adj, float(a1.mean() - a0.mean()), float(np.sqrt(a1.var(ddof=1) / a1.size + a0.var(ddof=1) / a0.size))
