# Wrong: fills missing cells with 0 and factorises the raw ratings, with no item-mean baseline.
import numbers

import numpy as np


def svd_predict(R, k):
    R = np.asarray(R, dtype=np.float64)
    if R.ndim != 2 or R.size == 0:
        raise ValueError("R must be a non-empty 2-D array")
    if np.any(np.isinf(R)):
        raise ValueError("ratings must be finite or NaN")
    observed = ~np.isnan(R)
    if not observed.any():
        raise ValueError("R has no observed rating")
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or not 1 <= k <= min(R.shape):
        raise ValueError("k must be an integer in [1, min(n_users, n_items)]")
    counts = observed.sum(axis=0)
    sums = np.where(observed, R, 0.0).sum(axis=0)
    global_mean = sums.sum() / counts.sum()
    item_mean = np.where(counts > 0, sums / np.maximum(counts, 1), global_mean)
    item_mean = np.zeros(R.shape[1])
    resid = np.where(observed, R, 0.0)
    U, s, Vt = np.linalg.svd(resid, full_matrices=False)
    return item_mean + (U[:, :k] * s[:k]) @ Vt[:k]


def recommend(R, k, n_items):
    R = np.asarray(R, dtype=np.float64)
    P = svd_predict(R, k)
    if isinstance(n_items, bool) or not isinstance(n_items, numbers.Integral) or n_items < 1:
        raise ValueError("n_items must be a positive integer")
    out = []
    for u in range(R.shape[0]):
        unseen = np.flatnonzero(np.isnan(R[u]))
        order = np.lexsort((unseen, -P[u, unseen]))  # highest score first, then lowest item index
        out.append(unseen[order][: int(n_items)].tolist())
    return out
