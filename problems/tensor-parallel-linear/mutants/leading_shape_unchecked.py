# Wrong: does not compare the x_parts' leading shapes, so parts of 1 and 4 rows broadcast into a sum instead of raising.
import numbers

import numpy as np


def _check_p(P):
    if isinstance(P, bool) or not isinstance(P, numbers.Integral) or P < 1:
        raise ValueError("P must be a positive integer, got %r" % (P,))
    return int(P)


def _matrix(W, what="W"):
    W = np.asarray(W, dtype=np.float64)
    if W.ndim != 2:
        raise ValueError("%s must be 2-D, got shape %s" % (what, W.shape))
    return W


def shard_columns(W, b, P):
    P = _check_p(P)
    W = _matrix(W)
    d_out = W.shape[1]
    if d_out % P != 0:
        raise ValueError("d_out = %d is not divisible by P = %d" % (d_out, P))
    n = d_out // P
    W_shards = [W[:, i * n:(i + 1) * n].copy() for i in range(P)]
    if b is None:
        return W_shards, None
    b = np.asarray(b, dtype=np.float64)
    if b.shape != (d_out,):
        raise ValueError("b must have shape (%d,), got %s" % (d_out, b.shape))
    return W_shards, [b[i * n:(i + 1) * n].copy() for i in range(P)]


def shard_rows(W, P):
    P = _check_p(P)
    W = _matrix(W)
    d_in = W.shape[0]
    if d_in % P != 0:
        raise ValueError("d_in = %d is not divisible by P = %d" % (d_in, P))
    m = d_in // P
    return [W[i * m:(i + 1) * m, :].copy() for i in range(P)]


def _shard_list(W_shards):
    if len(W_shards) == 0:
        raise ValueError("the shard list is empty")
    return [_matrix(w, "W_shards[%d]" % i) for i, w in enumerate(W_shards)]


def column_parallel_forward(x, W_shards, b_shards=None, gather=True):
    x = np.asarray(x, dtype=np.float64)
    Ws = _shard_list(W_shards)
    if x.ndim < 1:
        raise ValueError("x must have at least one dimension")
    if len({w.shape[0] for w in Ws}) != 1:
        raise ValueError("every column shard must have the same number of rows")
    if x.shape[-1] != Ws[0].shape[0]:
        raise ValueError("x has %d features but the shards have %d rows" % (x.shape[-1], Ws[0].shape[0]))
    if b_shards is not None:
        if len(b_shards) != len(Ws):
            raise ValueError("%d bias shards for %d weight shards" % (len(b_shards), len(Ws)))
        bs = [np.asarray(bi, dtype=np.float64) for bi in b_shards]
        for i, (w, bi) in enumerate(zip(Ws, bs)):
            if bi.shape != (w.shape[1],):
                raise ValueError("b_shards[%d] must have shape (%d,), got %s" % (i, w.shape[1], bi.shape))
    outs = []
    for i, w in enumerate(Ws):
        y = x @ w
        if b_shards is not None:
            y = y + bs[i]
        outs.append(y)
    if gather:
        return np.concatenate(outs, axis=-1)
    return outs


def row_parallel_forward(x_parts, W_shards, b=None):
    Ws = _shard_list(W_shards)
    if len(x_parts) != len(Ws):
        raise ValueError("%d input parts for %d weight shards" % (len(x_parts), len(Ws)))
    if len({w.shape[1] for w in Ws}) != 1:
        raise ValueError("every row shard must have the same number of columns")
    xs = [np.asarray(xi, dtype=np.float64) for xi in x_parts]
    lead = None
    total = None
    for i, (xi, w) in enumerate(zip(xs, Ws)):
        if xi.ndim < 1 or xi.shape[-1] != w.shape[0]:
            raise ValueError("x_parts[%d] has shape %s but W_shards[%d] has %d rows" % (i, xi.shape, i, w.shape[0]))
        part = xi @ w
        total = part if total is None else total + part
    if b is not None:
        b = np.asarray(b, dtype=np.float64)
        if b.shape != (Ws[0].shape[1],):
            raise ValueError("b must have shape (%d,), got %s" % (Ws[0].shape[1], b.shape))
        total = total + b
    return total
