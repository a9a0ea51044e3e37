# Wrong: casts the flags with astype(bool), so 2, -1 or 0.5 silently count as treated.
import numpy as np


def _values(name, v):
    a = np.asarray(v, dtype=np.float64)
    if a.ndim != 1:
        raise ValueError("%s must be 1-D, got shape %s" % (name, a.shape))
    if not np.all(np.isfinite(a)):
        raise ValueError("%s holds a non-finite value" % name)
    return a


def _cell_mean(name, a):
    if a.size == 0:
        raise ValueError("the %s cell is empty" % name)
    return float(a.mean())


def did_2x2(treated_pre, treated_post, control_pre, control_post):
    names = ("treated_pre", "treated_post", "control_pre", "control_post")
    m = [_cell_mean(n, _values(n, v)) for n, v in zip(names, (treated_pre, treated_post, control_pre, control_post))]
    return (m[1] - m[0]) - (m[3] - m[2])


def _flags(name, v, n):
    a = np.asarray(v)
    if a.ndim != 1:
        raise ValueError("%s must be 1-D, got shape %s" % (name, a.shape))
    if a.shape[0] != n:
        raise ValueError("%s has length %d but y has length %d" % (name, a.shape[0], n))
    try:
        f = a.astype(np.float64)
    except (TypeError, ValueError):
        raise ValueError("%s must hold 0/1 entries" % name)
    return f.astype(bool)


def did_regression(y, treated, post):
    y = _values("y", y)
    t = _flags("treated", treated, y.size)
    p = _flags("post", post, y.size)
    m = {}
    for tv in (False, True):
        for pv in (False, True):
            cell = y[(t == tv) & (p == pv)]
            m[tv, pv] = _cell_mean("treated=%d, post=%d" % (tv, pv), cell)
    b0 = m[False, False]
    b_t = m[True, False] - m[False, False]
    b_p = m[False, True] - m[False, False]
    b_did = (m[True, True] - m[True, False]) - (m[False, True] - m[False, False])
    return np.array([b0, b_t, b_p, b_did], dtype=np.float64)
