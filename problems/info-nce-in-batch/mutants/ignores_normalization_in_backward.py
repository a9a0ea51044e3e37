# Wrong: backpropagates as if the normalized vectors were the inputs (no projection, no 1/|x|).
import numpy as np


def _log_softmax(S, axis):
    m = S.max(axis=axis, keepdims=True)
    return S - m - np.log(np.exp(S - m).sum(axis=axis, keepdims=True))


def info_nce(queries, keys, temperature=0.07, symmetric=True):
    Q = np.asarray(queries, dtype=np.float64)
    K = np.asarray(keys, dtype=np.float64)
    if Q.ndim != 2 or Q.shape != K.shape or Q.shape[0] < 1:
        raise ValueError("queries and keys must both have shape (N, d), got %s and %s" % (Q.shape, K.shape))
    if not temperature > 0:
        raise ValueError("temperature must be positive")
    qn = np.linalg.norm(Q, axis=1, keepdims=True)
    kn = np.linalg.norm(K, axis=1, keepdims=True)
    if np.any(qn == 0) or np.any(kn == 0):
        raise ValueError("embeddings must be non-zero")
    qh, kh = Q / qn, K / kn
    N = Q.shape[0]
    S = qh @ kh.T / temperature
    idx = np.arange(N)
    lr = _log_softmax(S, axis=1)
    loss_rows = -lr[idx, idx].mean()
    dS = (np.exp(lr) - np.eye(N)) / N
    if symmetric:
        lc = _log_softmax(S, axis=0)
        loss = 0.5 * (loss_rows - lc[idx, idx].mean())
        dS = 0.5 * (dS + (np.exp(lc) - np.eye(N)) / N)
    else:
        loss = loss_rows
    dqh = dS @ kh / temperature
    dkh = dS.T @ qh / temperature
    dQ, dK = dqh, dkh
    return float(loss), dQ, dK
