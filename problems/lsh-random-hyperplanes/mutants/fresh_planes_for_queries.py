# Wrong: draws the query hyperplanes with a second call to the generator, so queries and data are hashed differently.
import numbers

import numpy as np


def _count(name, v):
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
        raise ValueError("%s must be an integer, got %r" % (name, v))
    v = int(v)
    if v < 1:
        raise ValueError("%s must be >= 1, got %d" % (name, v))
    return v


def _matrix(name, X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("%s must be a 2-D array with at least one column" % name)
    if not np.all(np.isfinite(X)):
        raise ValueError("%s must hold only finite values" % name)
    return X


def _planes(d, n_bits, seed):
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise ValueError("seed must be an integer")
    rng = np.random.default_rng(int(seed))
    return rng.standard_normal((n_bits, d))


def hyperplane_signatures(X, n_bits, seed):
    X = _matrix("X", X)
    n_bits = _count("n_bits", n_bits)
    planes = _planes(X.shape[1], n_bits, seed)
    return (X @ planes.T) >= 0


def lsh_candidates(X, queries, n_bits, n_bands, seed):
    X = _matrix("X", X)
    Q = _matrix("queries", queries)
    if Q.shape[1] != X.shape[1]:
        raise ValueError("queries have %d columns but X has %d" % (Q.shape[1], X.shape[1]))
    n_bits = _count("n_bits", n_bits)
    n_bands = _count("n_bands", n_bands)
    if n_bits % n_bands:
        raise ValueError("n_bits (%d) must be divisible by n_bands (%d)" % (n_bits, n_bands))
    r = n_bits // n_bands
    rng = np.random.default_rng(int(seed))
    sx = (X @ rng.standard_normal((n_bits, X.shape[1])).T) >= 0
    sq = (Q @ rng.standard_normal((n_bits, X.shape[1])).T) >= 0
    tables = []
    for b in range(n_bands):
        table = {}
        for i, row in enumerate(sx[:, b * r:(b + 1) * r]):
            table.setdefault(row.tobytes(), []).append(i)
        tables.append(table)
    out = []
    for sig in sq:
        found = set()
        for b in range(n_bands):
            found.update(tables[b].get(sig[b * r:(b + 1) * r].tobytes(), ()))
        out.append(sorted(found))
    return out
