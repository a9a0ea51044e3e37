# Wrong: lists only the periods in which someone signed up, dropping empty cohorts.
import numbers

import numpy as np


def _ints(name, v):
    a = np.asarray(v)
    if a.ndim != 1:
        raise ValueError("%s must be 1-D, got shape %s" % (name, a.shape))
    if a.size and a.dtype.kind not in "iu":
        raise ValueError("%s must hold integers, got dtype %s" % (name, a.dtype))
    return a.astype(np.int64)


def cohort_retention(user_ids, signup_periods, active_periods, n_offsets):
    u = _ints("user_ids", user_ids)
    s = _ints("signup_periods", signup_periods)
    a = _ints("active_periods", active_periods)
    if not (u.shape == s.shape == a.shape):
        raise ValueError("the three arrays must have the same length, got %d, %d, %d" % (u.size, s.size, a.size))
    if u.size == 0:
        raise ValueError("no activity rows")
    if isinstance(n_offsets, bool) or not isinstance(n_offsets, numbers.Integral) or n_offsets < 1:
        raise ValueError("n_offsets must be an integer >= 1, got %r" % (n_offsets,))
    k = int(n_offsets)
    order = np.lexsort((s, u))
    su, ss = u[order], s[order]
    same_user = su[1:] == su[:-1]
    if np.any(same_user & (ss[1:] != ss[:-1])):
        bad = su[1:][same_user & (ss[1:] != ss[:-1])][0]
        raise ValueError("user %d has more than one signup period" % bad)
    offset = a - s
    if np.any(offset < 0):
        raise ValueError("an active period precedes its user's signup period")
    cohorts, cidx = np.unique(s, return_inverse=True)
    c = len(cohorts)
    users, idx = np.unique(u, return_index=True)
    sizes = np.bincount(cidx[idx], minlength=c).astype(np.int64)
    keep = offset < k
    triples = np.unique(np.column_stack([cidx[keep], offset[keep], u[keep]]), axis=0)
    counts = np.bincount(triples[:, 0] * k + triples[:, 1], minlength=c * k).reshape(c, k).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(sizes[:, None] > 0, counts / np.maximum(sizes, 1)[:, None], np.nan)
    return cohorts, sizes, counts, rates
