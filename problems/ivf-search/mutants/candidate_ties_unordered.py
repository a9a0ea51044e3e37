# Wrong: sorts candidates by distance alone, in list order, so ties across lists are not by id.
import numbers

import numpy as np


def _sq_dists(A, B):
    # exact squared distances, computed from differences (no cancellation)
    return ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2)


def build_ivf(X, centroids):
    X = np.asarray(X, dtype=np.float64)
    C = np.asarray(centroids, dtype=np.float64)
    if X.ndim != 2 or C.ndim != 2 or X.shape[1] != C.shape[1] or C.shape[0] < 1:
        raise ValueError("X (n, d) and centroids (nlist, d) must share d")
    assign = np.argmin(_sq_dists(X, C), axis=1) if X.shape[0] else np.zeros(0, dtype=np.int64)
    lists = [np.flatnonzero(assign == c) for c in range(C.shape[0])]
    return {"X": X.copy(), "C": C.copy(), "lists": lists}


def ivf_search(index, queries, k, nprobe):
    Q = np.asarray(queries, dtype=np.float64)
    X, C, lists = index["X"], index["C"], index["lists"]
    if Q.ndim != 2 or Q.shape[1] != C.shape[1]:
        raise ValueError("queries must have shape (q, %d)" % C.shape[1])
    for name, v in (("k", k), ("nprobe", nprobe)):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < 1:
            raise ValueError("%s must be a positive integer, got %r" % (name, v))
    nlist = C.shape[0]
    probe = min(nprobe, nlist)
    ids = np.full((Q.shape[0], k), -1, dtype=np.int64)
    dists = np.full((Q.shape[0], k), np.inf)
    scanned = np.zeros(Q.shape[0], dtype=np.int64)
    cd = _sq_dists(Q, C)
    for q in range(Q.shape[0]):
        chosen = np.lexsort((np.arange(nlist), cd[q]))[:probe]
        cand = np.concatenate([lists[c] for c in chosen]) if probe else np.zeros(0, dtype=np.int64)
        scanned[q] = cand.size
        if cand.size == 0:
            continue
        d = ((X[cand] - Q[q]) ** 2).sum(axis=1)
        order = np.argsort(d, kind='stable')[:k]
        ids[q, :order.size] = cand[order]
        dists[q, :order.size] = d[order]
    return ids, dists, scanned
