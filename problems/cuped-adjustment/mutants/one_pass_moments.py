# Wrong: cov and var from E[xy] - E[x]E[y] and E[x^2] - E[x]^2, which cancel catastrophically for large values.
import numpy as np


def cuped(y, x, treatment):
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(treatment).astype(int)
    if y.ndim != 1 or y.shape != x.shape or x.shape != t.shape or not np.all((t == 0) | (t == 1)):
        raise ValueError("bad input")
    if (t == 1).sum() < 2 or (t == 0).sum() < 2:
        raise ValueError("bad input")
    var = np.mean(x * x) - np.mean(x) ** 2
    if var == 0:
        raise ValueError("constant x")
    theta = float((np.mean(x * y) - np.mean(x) * np.mean(y)) / var)
    y_adj = y - theta * (x - x.mean())
    a1, a0 = y_adj[t == 1], y_adj[t == 0]
    return theta, y_adj, float(a1.mean() - a0.mean()), float(np.sqrt(a1.var(ddof=1) / a1.size + a0.var(ddof=1) / a0.size))
