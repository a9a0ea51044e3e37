# Wrong: broadcasts sample_weight to the shape of pred instead of refusing weights of another shape.
import numpy as np


def huber_loss(pred, target, delta=1.0, sample_weight=None):
    p = np.asarray(pred, dtype=np.float64)
    t = np.asarray(target, dtype=np.float64)
    if p.shape != t.shape or p.size == 0:
        raise ValueError("pred and target must have the same non-empty shape, got %s and %s" % (p.shape, t.shape))
    if not delta > 0:
        raise ValueError("delta must be positive, got %r" % (delta,))
    if sample_weight is None:
        w = np.ones_like(p)
    else:
        w = np.asarray(sample_weight, dtype=np.float64)
        w = np.broadcast_to(w, p.shape)
        if np.any(w < 0) or not w.sum() > 0:
            raise ValueError("sample_weight must have the shape of pred, be >= 0 and not sum to 0")
    r = p - t
    a = np.abs(r)
    small = a <= delta
    per = np.where(small, 0.5 * r * r, delta * (a - 0.5 * delta))
    dper = np.where(small, r, delta * np.sign(r))
    total = w.sum()
    return float((w * per).sum() / total), w * dper / total
