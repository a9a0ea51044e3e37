# Wrong: returns the codes as int64 (8 bytes per code instead of 1).
import numbers

import numpy as np


def _check_books(codebooks):
    B = np.asarray(codebooks, dtype=np.float64)
    if B.ndim != 3 or B.shape[1] < 1 or B.shape[1] > 256:
        raise ValueError("codebooks must have shape (M, K, d/M) with 1 <= K <= 256, got %s" % (B.shape,))
    return B


def _split(X, M):
    n, d = X.shape
    return X.reshape(n, M, d // M)


def pq_encode(X, codebooks):
    X = np.asarray(X, dtype=np.float64)
    B = _check_books(codebooks)
    M, K, ds = B.shape
    if X.ndim != 2 or X.shape[1] != M * ds:
        raise ValueError("X must have shape (n, %d)" % (M * ds))
    sub = _split(X, M)                                            # (n, M, ds)
    d2 = ((sub[:, :, None, :] - B[None, :, :, :]) ** 2).sum(axis=3)  # (n, M, K)
    return np.argmin(d2, axis=2)


def pq_decode(codes, codebooks):
    B = _check_books(codebooks)
    codes = np.asarray(codes)
    M, K, ds = B.shape
    if codes.ndim != 2 or codes.shape[1] != M or codes.dtype.kind not in "iu":
        raise ValueError("codes must be an integer array of shape (n, %d)" % M)
    if codes.size and (codes.min() < 0 or codes.max() >= K):
        raise ValueError("codes must lie in 0..%d" % (K - 1))
    parts = B[np.arange(M)[None, :], codes.astype(np.int64)]      # (n, M, ds)
    return parts.reshape(codes.shape[0], M * ds)


def pq_adc_search(query, codes, codebooks, k):
    B = _check_books(codebooks)
    q = np.asarray(query, dtype=np.float64)
    codes = np.asarray(codes)
    M, K, ds = B.shape
    if q.shape != (M * ds,):
        raise ValueError("query must have shape (%d,)" % (M * ds))
    if codes.ndim != 2 or codes.shape[1] != M or codes.dtype.kind not in "iu":
        raise ValueError("codes must be an integer array of shape (n, %d)" % M)
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError("k must be a positive integer")
    table = ((q.reshape(M, 1, ds) - B) ** 2).sum(axis=2)          # (M, K)
    dist = table[np.arange(M)[None, :], codes.astype(np.int64)].sum(axis=1)
    ids = np.full(k, -1, dtype=np.int64)
    out = np.full(k, np.inf)
    order = np.lexsort((np.arange(dist.size), dist))[:k]
    ids[:order.size] = order
    out[:order.size] = dist[order]
    return ids, out
