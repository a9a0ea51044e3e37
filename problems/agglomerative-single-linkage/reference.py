import numbers

import numpy as np


def _points(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1 or not np.all(np.isfinite(X)):
        raise ValueError("X must be a non-empty 2-D array of finite numbers")
    return X


def _mst(X):
    """Prim's algorithm on the complete graph: returns (parent, child, weight) edges in the order added."""
    n = X.shape[0]
    in_tree = np.zeros(n, dtype=bool)
    best = np.full(n, np.inf)
    parent = np.full(n, -1)
    best[0] = 0.0
    edges = []
    for _ in range(n):
        cand = np.where(in_tree, np.inf, best)
        u = int(np.argmin(cand))
        in_tree[u] = True
        if parent[u] >= 0:
            edges.append((int(parent[u]), u, float(best[u])))
        d = np.sqrt(np.sum((X - X[u]) ** 2, axis=1))
        closer = (~in_tree) & (d < best)
        best[closer] = d[closer]
        parent[closer] = u
    return edges


def single_linkage_heights(X):
    X = _points(X)
    return np.sort(np.array([w for _, _, w in _mst(X)], dtype=np.float64))


def single_linkage_labels(X, n_clusters):
    X = _points(X)
    n = X.shape[0]
    if isinstance(n_clusters, bool) or not isinstance(n_clusters, numbers.Integral) or not 1 <= n_clusters <= n:
        raise ValueError("n_clusters must be an integer in [1, n]")
    edges = sorted(_mst(X), key=lambda e: e[2])
    parent = list(range(n))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b, _ in edges[: n - int(n_clusters)]:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    roots = [find(i) for i in range(n)]
    mapping = {}
    labels = np.empty(n, dtype=np.int64)
    for i, r in enumerate(roots):
        labels[i] = mapping.setdefault(r, len(mapping))
    return labels
