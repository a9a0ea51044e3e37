import numbers

import numpy as np


def filtered_probs(logits, temperature=1.0, top_k=None, top_p=None):
    z = np.asarray(logits, dtype=np.float64)
    if z.ndim != 1 or z.size == 0:
        raise ValueError("logits must be a non-empty 1-D array, got shape %s" % (z.shape,))
    if np.any(np.isnan(z)) or np.any(z == np.inf) or not np.any(np.isfinite(z)):
        raise ValueError("logits need at least one finite entry and no nan or +inf")
    if not isinstance(temperature, numbers.Real) or not temperature > 0:
        raise ValueError("temperature must be > 0, got %r" % (temperature,))
    if top_k is not None and (isinstance(top_k, bool) or not isinstance(top_k, numbers.Integral) or top_k < 1):
        raise ValueError("top_k must be a positive integer, got %r" % (top_k,))
    if top_p is not None and (not isinstance(top_p, numbers.Real) or not 0 < top_p <= 1):
        raise ValueError("top_p must lie in (0, 1], got %r" % (top_p,))
    s = z / temperature
    e = np.exp(s - s.max())
    p = e / e.sum()
    if top_k is not None and top_k < p.size:
        order = np.argsort(-p, kind="stable")
        p[order[top_k:]] = 0.0
        p /= p.sum()
    if top_p is not None:
        order = np.argsort(-p, kind="stable")
        sorted_p = p[order]
        before = np.cumsum(sorted_p) - sorted_p
        drop = order[before >= top_p]
        p[drop] = 0.0
        p /= p.sum()
    return p


def sample_token(logits, rng, temperature=1.0, top_k=None, top_p=None):
    p = filtered_probs(logits, temperature, top_k, top_p)
    u = rng.random()
    return int(np.argmax(np.cumsum(p) > u)) if np.cumsum(p)[-1] > u else int(np.flatnonzero(p)[-1])
