# Wrong: uses dense ranks (1, 2, 2, 3) from np.unique: the gaps after ties disappear.
import numpy as np


def _sample(name, v):
    v = np.asarray(v, dtype=np.float64)
    if v.ndim != 1 or v.size == 0:
        raise ValueError("%s must be a non-empty 1-D sequence" % name)
    if not np.all(np.isfinite(v)):
        raise ValueError("%s must hold only finite values" % name)
    return v


def _ranks(v):
    n = v.size
    order = np.argsort(v, kind="mergesort")
    s = v[order]
    return np.unique(v, return_inverse=True)[1].astype(np.float64).reshape(-1) + 1.0


def average_ranks(x):
    return _ranks(_sample("x", x))


def spearman_correlation(x, y):
    x, y = _sample("x", x), _sample("y", y)
    if x.size != y.size:
        raise ValueError("x and y must have the same length, got %d and %d" % (x.size, y.size))
    if x.size < 2:
        raise ValueError("need at least two pairs")
    a = _ranks(x)
    b = _ranks(y)
    a -= a.mean()
    b -= b.mean()
    saa, sbb = float(a @ a), float(b @ b)
    if saa == 0.0:
        raise ValueError("x is constant: the rank correlation is undefined")
    if sbb == 0.0:
        raise ValueError("y is constant: the rank correlation is undefined")
    rho = float(a @ b) / np.sqrt(saa * sbb)
    return float(min(1.0, max(-1.0, rho)))
