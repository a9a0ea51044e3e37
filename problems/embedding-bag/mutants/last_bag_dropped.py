# Wrong: loops over pairs of consecutive offsets, so the last bag (which runs to the end of indices) stays zero.
import numpy as np


def embedding_bag(weight, indices, offsets, mode="mean"):
    weight = np.asarray(weight, dtype=np.float64)
    idx = np.asarray(indices)
    offs = np.asarray(offsets)
    if weight.ndim != 2 or idx.ndim != 1 or offs.ndim != 1 or offs.size == 0:
        raise ValueError("bad shapes")
    if (idx.size and idx.dtype.kind not in "iu") or offs.dtype.kind not in "iu":
        raise ValueError("ids must be integers")
    if mode not in ("sum", "mean", "max"):
        raise ValueError("bad mode")
    if idx.size and (idx.min() < 0 or idx.max() >= weight.shape[0]):
        raise ValueError("id out of range")
    if offs[0] != 0 or np.any(np.diff(offs) < 0) or offs[-1] > idx.size:
        raise ValueError("bad offsets")
    out = np.zeros((offs.size, weight.shape[1]))
    for b in range(offs.size - 1):
        rows = weight[idx[offs[b]:offs[b + 1]].astype(int)]
        if len(rows):
            out[b] = rows.sum(axis=0) if mode == "sum" else rows.mean(axis=0) if mode == "mean" else rows.max(axis=0)
    return out
