import numbers

import numpy as np


def _count(value, name, low, high=None):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < low or (high is not None and value > high):
        bound = ">= %d" % low if high is None else "in %d..%d" % (low, high)
        raise ValueError("%s must be an integer %s, got %r" % (name, bound, value))
    return int(value)


def moe_gating(logits, k, capacity):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.ndim != 2 or logits.shape[0] < 1 or logits.shape[1] < 1:
        raise ValueError("logits must have shape (S, E) with S, E >= 1, got %s" % (logits.shape,))
    if not np.all(np.isfinite(logits)):
        raise ValueError("logits must be finite")
    S, E = logits.shape
    k = _count(k, "k", 1, E)
    C = _count(capacity, "capacity", 0)

    shifted = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)

    # Stable sort of the negated logits: larger logits first, equal logits by lower index.
    order = np.argsort(-logits, axis=1, kind="stable")[:, :k]
    chosen = np.take_along_axis(e, order, axis=1)
    gates = chosen / chosen.sum(axis=1, keepdims=True)

    dispatch = np.zeros((S, E, C), dtype=bool)
    combine = np.zeros((S, E, C))
    filled = np.zeros(E, dtype=np.int64)
    tokens = np.arange(S)
    for r in range(k):
        onehot = np.zeros((S, E), dtype=np.int64)
        onehot[tokens, order[:, r]] = 1
        # Slot of each assignment: earlier assignments to the same expert, in this rank and before it.
        slot = (np.cumsum(onehot, axis=0) - 1 + filled)[tokens, order[:, r]]
        keep = slot < C
        dispatch[tokens[keep], order[keep, r], slot[keep]] = True
        combine[tokens[keep], order[keep, r], slot[keep]] = gates[keep, r]
        filled += onehot.sum(axis=0)

    f = np.bincount(order[:, 0], minlength=E) / S
    P = probs.mean(axis=0)
    aux = float(E * np.sum(f * P))
    return {"expert_index": order, "gates": gates, "dispatch": dispatch, "combine": combine, "aux_loss": aux}
