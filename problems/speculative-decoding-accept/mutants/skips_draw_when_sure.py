# Wrong: draws no uniform when p(x) >= q(x) (acceptance is certain), which shifts every later draw.
import numpy as np


def _as_probs(a, rows, name):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] != rows or a.shape[1] < 1:
        raise ValueError("%s must have shape (%d, V) with V >= 1, got %s" % (name, rows, a.shape))
    if not np.all(np.isfinite(a)) or np.any(a < 0):
        raise ValueError("%s must hold finite, non-negative probabilities" % name)
    if np.any(np.abs(a.sum(axis=1) - 1.0) > 1e-6):
        raise ValueError("every row of %s must sum to 1 (within 1e-6)" % name)
    return a


def _draw(dist, u):
    # Smallest index whose cumulative probability exceeds u; rounding fallback: last index with mass.
    above = np.flatnonzero(np.cumsum(dist) > u)
    if above.size:
        return int(above[0])
    return int(np.flatnonzero(dist > 0)[-1])


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    tokens = np.asarray(draft_tokens)
    if tokens.ndim != 1:
        raise ValueError("draft_tokens must be 1-D, got shape %s" % (tokens.shape,))
    if tokens.size and (tokens.dtype == bool or not np.issubdtype(tokens.dtype, np.integer)):
        raise ValueError("draft_tokens must be integers, got dtype %s" % tokens.dtype)
    gamma = tokens.size
    q = _as_probs(draft_probs, gamma, "draft_probs") if gamma else np.zeros((0, 0))
    p = _as_probs(target_probs, gamma + 1, "target_probs")
    V = p.shape[1]
    if gamma and q.shape[1] != V:
        raise ValueError("draft_probs and target_probs must have the same vocabulary size")
    if gamma and (tokens.min() < 0 or tokens.max() >= V):
        raise ValueError("draft tokens must lie in [0, %d)" % V)
    if gamma and np.any(q[np.arange(gamma), tokens] <= 0):
        raise ValueError("every draft token must have positive draft probability")
    out = []
    for i in range(gamma):
        x = int(tokens[i])
        if p[i, x] >= q[i, x] or rng.random() < p[i, x] / q[i, x]:
            out.append(x)
            continue
        residual = np.maximum(p[i] - q[i], 0.0)
        residual = residual / residual.sum()
        out.append(_draw(residual, rng.random()))
        return out
    out.append(_draw(p[gamma], rng.random()))
    return out
