# Wrong: stores the new keys and values into the dict it was given, so a second branch sees them too.
import numpy as np


def _heads(m, n_heads):
    t, d = m.shape
    return m.reshape(t, n_heads, d // n_heads).transpose(1, 0, 2)


def kv_attend(x_new, cache, Wq, Wk, Wv, Wo, n_heads):
    x = np.asarray(x_new, dtype=np.float64)
    Wq, Wk, Wv, Wo = (np.asarray(w, dtype=np.float64) for w in (Wq, Wk, Wv, Wo))
    if x.ndim != 2 or x.shape[0] < 1:
        raise ValueError("x_new must have shape (t_new, d) with t_new >= 1, got %s" % (x.shape,))
    t_new, d = x.shape
    for name, w in (("Wq", Wq), ("Wk", Wk), ("Wv", Wv), ("Wo", Wo)):
        if w.shape != (d, d):
            raise ValueError("%s must have shape (%d, %d), got %s" % (name, d, d, w.shape))
    if not isinstance(n_heads, (int, np.integer)) or n_heads < 1 or d % n_heads:
        raise ValueError("n_heads must be a positive integer dividing d=%d, got %r" % (d, n_heads))
    dh = d // n_heads
    if cache is None:
        k_old = np.zeros((n_heads, 0, dh))
        v_old = np.zeros((n_heads, 0, dh))
    else:
        k_old = np.asarray(cache["k"], dtype=np.float64)
        v_old = np.asarray(cache["v"], dtype=np.float64)
        if k_old.ndim != 3 or k_old.shape[0] != n_heads or k_old.shape[2] != dh or v_old.shape != k_old.shape:
            raise ValueError("cache arrays must have shape (%d, P, %d), got %s and %s" % (n_heads, dh, k_old.shape, v_old.shape))
    P = k_old.shape[1]
    q = _heads(x @ Wq, n_heads)
    k = np.concatenate([k_old, _heads(x @ Wk, n_heads)], axis=1)
    v = np.concatenate([v_old, _heads(x @ Wv, n_heads)], axis=1)
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    allowed = np.arange(P + t_new)[None, :] <= (P + np.arange(t_new))[:, None]
    scores = np.where(allowed[None], scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    heads = w @ v
    out = heads.transpose(1, 0, 2).reshape(t_new, d) @ Wo
    if cache is None:
        cache = {}
    cache["k"], cache["v"] = k, v
    return out, cache
