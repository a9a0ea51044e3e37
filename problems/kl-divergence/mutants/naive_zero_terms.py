# Wrong: sums p * log(p / q) directly, so a p = 0 term becomes 0 * -inf = nan.
import numpy as np

SUM_TOL = 1e-6


def _validate(p, q, axis):
    p = np.asarray(p, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape, got %s and %s" % (p.shape, q.shape))
    if p.ndim == 0:
        raise ValueError("p and q must be at least 1-D")
    axis = int(axis)
    if not -p.ndim <= axis < p.ndim:
        raise ValueError("axis %d is out of range for %d-D input" % (axis, p.ndim))
    if p.shape[axis] == 0:
        raise ValueError("the distributions are empty")
    for name, v in (("p", p), ("q", q)):
        if not np.all(np.isfinite(v)):
            raise ValueError("%s has a non-finite entry" % name)
        if np.any(v < 0):
            raise ValueError("%s has a negative entry" % name)
        if np.any(np.abs(v.sum(axis=axis) - 1.0) > SUM_TOL):
            raise ValueError("every slice of %s must sum to 1 (within %g)" % (name, SUM_TOL))
    return p, q, axis


def _kl(p, q, axis):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.sum(p * np.log(p / q), axis=axis)


def _out(r):
    return float(r) if np.ndim(r) == 0 else r


def kl_divergence(p, q, axis=-1):
    p, q, axis = _validate(p, q, axis)
    return _out(_kl(p, q, axis))


def js_divergence(p, q, axis=-1):
    p, q, axis = _validate(p, q, axis)
    m = 0.5 * (p + q)
    return _out(0.5 * _kl(p, m, axis) + 0.5 * _kl(q, m, axis))
