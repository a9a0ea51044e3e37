# Wrong: scores a leaf by its depth alone, without adding c(m) for the rows left in it.
import math
import numbers

import numpy as np

EULER_GAMMA = 0.5772156649015329


def average_path_length(n):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 0:
        raise ValueError("n must be a non-negative integer")
    n = int(n)
    if n <= 1:
        return 0.0
    if n == 2:
        return 1.0
    return 2.0 * (math.log(n - 1) + EULER_GAMMA) - 2.0 * (n - 1) / n


def _grow(X, rng, depth, limit):
    n = X.shape[0]
    if n <= 1 or depth >= limit:
        return ("leaf", float(depth))
    f = int(rng.integers(0, X.shape[1]))
    lo, hi = X[:, f].min(), X[:, f].max()
    if lo == hi:
        return ("leaf", float(depth))
    t = rng.uniform(lo, hi)
    left = X[:, f] < t
    return ("split", f, t, _grow(X[left], rng, depth + 1, limit), _grow(X[~left], rng, depth + 1, limit))


def _path(tree, X, idx, out):
    # route all scored rows through the tree at once
    if tree[0] == "leaf":
        out[idx] += tree[1]
        return
    _, f, t, left, right = tree
    go_left = X[idx, f] < t
    _path(left, X, idx[go_left], out)
    _path(right, X, idx[~go_left], out)


def isolation_forest_scores(X_train, X_score, n_trees=100, sample_size=256, seed=0):
    X_train = np.asarray(X_train, dtype=np.float64)
    X_score = np.asarray(X_score, dtype=np.float64)
    if X_train.ndim != 2 or X_train.shape[0] < 2 or not np.all(np.isfinite(X_train)):
        raise ValueError("X_train must be 2-D, finite, with at least two rows")
    if X_score.ndim != 2 or X_score.shape[1] != X_train.shape[1] or not np.all(np.isfinite(X_score)):
        raise ValueError("X_score must be 2-D and finite with the training width")
    for name, v, low in (("n_trees", n_trees, 1), ("sample_size", sample_size, 2)):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < low:
            raise ValueError("%s must be an integer >= %d" % (name, low))
    rng = np.random.default_rng(seed)
    psi = min(int(sample_size), X_train.shape[0])
    limit = math.ceil(math.log2(psi))
    total = np.zeros(X_score.shape[0])
    for _ in range(int(n_trees)):
        sub = X_train[rng.choice(X_train.shape[0], size=psi, replace=False)]
        _path(_grow(sub, rng, 0, limit), X_score, np.arange(X_score.shape[0]), total)
    return 2.0 ** (-(total / n_trees) / average_path_length(psi))
