# Wrong: divides by the norm even when it is zero, giving nan similarities.
import numpy as np


def _unit_rows(M):
    # Scale each row by its largest magnitude first so that squaring cannot overflow.
    scale = np.max(np.abs(M), axis=1, keepdims=True)
    safe = np.where(scale > 0, scale, 1.0)
    S = M / safe
    norms = np.sqrt(np.sum(S * S, axis=1, keepdims=True))
    with np.errstate(invalid='ignore', divide='ignore'):
        return M / np.sqrt(np.sum(M * M, axis=1, keepdims=True))


def cosine_top_k(queries, corpus, k):
    Q = np.asarray(queries, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    if Q.ndim != 2 or C.ndim != 2 or Q.shape[1] != C.shape[1]:
        raise ValueError("queries and corpus must be 2-D with the same number of columns")
    if not (np.all(np.isfinite(Q)) and np.all(np.isfinite(C))):
        raise ValueError("entries must be finite")
    if isinstance(k, bool) or int(k) != k or not 1 <= k <= C.shape[0]:
        raise ValueError("k must be an integer in 1..%d" % C.shape[0])
    k = int(k)
    sims = _unit_rows(Q) @ _unit_rows(C).T
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
