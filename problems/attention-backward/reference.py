import numpy as np


def _prepare(Q, K, V, mask):
    Q, K, V = (np.asarray(a, dtype=np.float64) for a in (Q, K, V))
    if Q.ndim < 2 or K.ndim != Q.ndim or V.ndim != Q.ndim:
        raise ValueError("Q, K and V must have the same number (>= 2) of dimensions")
    if Q.shape[-1] != K.shape[-1] or K.shape[-2] != V.shape[-2] or Q.shape[:-2] != K.shape[:-2] or K.shape[:-2] != V.shape[:-2]:
        raise ValueError("incompatible shapes Q%s K%s V%s" % (Q.shape, K.shape, V.shape))
    full = Q.shape[:-1] + (K.shape[-2],)
    if mask is None:
        m = np.ones(full, dtype=bool)
    else:
        m = np.asarray(mask)
        if m.dtype != bool:
            raise ValueError("mask must be boolean, got dtype %s" % m.dtype)
        try:
            m = np.broadcast_to(m, full)
        except ValueError:
            raise ValueError("mask of shape %s does not broadcast to %s" % (m.shape, full))
        if not np.all(m.any(axis=-1)):
            raise ValueError("every query must be allowed to attend to at least one key")
    return Q, K, V, m


def _probs(Q, K, m):
    s = 1.0 / np.sqrt(Q.shape[-1])
    S = np.where(m, (Q @ np.swapaxes(K, -1, -2)) * s, -np.inf)
    S = S - S.max(axis=-1, keepdims=True)
    P = np.exp(S)
    return P / P.sum(axis=-1, keepdims=True), s


def attention_forward(Q, K, V, mask=None):
    Q, K, V, m = _prepare(Q, K, V, mask)
    P, _ = _probs(Q, K, m)
    return P @ V


def attention_backward(dout, Q, K, V, mask=None):
    Q, K, V, m = _prepare(Q, K, V, mask)
    dout = np.asarray(dout, dtype=np.float64)
    if dout.shape != Q.shape[:-1] + (V.shape[-1],):
        raise ValueError("dout must have shape %s, got %s" % (Q.shape[:-1] + (V.shape[-1],), dout.shape))
    P, s = _probs(Q, K, m)
    dV = np.swapaxes(P, -1, -2) @ dout
    dP = dout @ np.swapaxes(V, -1, -2)
    dS = P * (dP - np.sum(dP * P, axis=-1, keepdims=True))
    dQ = (dS @ K) * s
    dK = (np.swapaxes(dS, -1, -2) @ Q) * s
    return dQ, dK, dV
