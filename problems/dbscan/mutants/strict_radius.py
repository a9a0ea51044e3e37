# Wrong: counts neighbours strictly closer than eps.
import numbers

import numpy as np


def dbscan(X, eps, min_samples):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or not np.all(np.isfinite(X)):
        raise ValueError("X must be a 2-D array of finite numbers")
    eps = float(eps)
    if not eps > 0:
        raise ValueError("eps must be > 0")
    if isinstance(min_samples, bool) or not isinstance(min_samples, numbers.Integral) or min_samples < 1:
        raise ValueError("min_samples must be an integer >= 1")
    n = X.shape[0]
    sq = np.sum(X * X, axis=1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * X @ X.T, 0.0)
    # recompute exactly near the threshold to avoid cancellation deciding membership
    diff_needed = np.abs(d2 - eps * eps) <= 1e-9 * (1.0 + eps * eps)
    if np.any(diff_needed):
        ii, jj = np.nonzero(diff_needed)
        d2[ii, jj] = np.sum((X[ii] - X[jj]) ** 2, axis=1)
    near = d2 < eps * eps
    core = near.sum(axis=1) >= min_samples
    labels = np.full(n, -1, dtype=np.int64)
    cluster = 0
    for start in range(n):
        if not core[start] or labels[start] != -1:
            continue
        stack = [start]
        labels[start] = cluster
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(near[i] & core):
                if labels[j] == -1:
                    labels[j] = cluster
                    stack.append(j)
        cluster += 1
    # border points: nearest core point decides (ties: lowest cluster id)
    for i in np.flatnonzero(~core):
        cand = np.flatnonzero(near[i] & core)
        if cand.size:
            dist = d2[i, cand]
            best = cand[dist == dist.min()]
            labels[i] = labels[best].min()
    return labels, core
