# Wrong: complete linkage (the farthest pair decides the cluster distance) instead of single linkage.
import numbers

import numpy as np


def _run(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1 or not np.all(np.isfinite(X)):
        raise ValueError("bad X")
    n = X.shape[0]
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(D, np.inf)
    members = {i: [i] for i in range(n)}
    alive = np.ones(n, dtype=bool)
    heights, states = [], {n: [[i] for i in range(n)]}
    for _ in range(n - 1):
        masked = np.where(alive[:, None] & alive[None, :], D, np.inf)
        a, b = np.unravel_index(np.argmin(masked), D.shape)
        a, b = min(a, b), max(a, b)
        heights.append(float(D[a, b]))
        D[a, :] = np.maximum(D[a, :], D[b, :])  # Lance-Williams update for complete linkage
        D[:, a] = D[a, :]
        D[a, a] = np.inf
        alive[b] = False
        members[a] += members.pop(b)
        states[int(alive.sum())] = [list(v) for v in members.values()]
    return heights, states


def single_linkage_heights(X):
    return np.array(_run(X)[0], dtype=np.float64)


def single_linkage_labels(X, n_clusters):
    n = np.asarray(X).shape[0] if np.asarray(X).ndim == 2 else 0
    if isinstance(n_clusters, bool) or not isinstance(n_clusters, numbers.Integral) or not 1 <= n_clusters <= max(n, 1):
        raise ValueError("bad n_clusters")
    _, states = _run(X)
    out = np.empty(n, dtype=np.int64)
    for cid, grp in enumerate(sorted(states[n_clusters], key=min)):
        out[grp] = cid
    return out
