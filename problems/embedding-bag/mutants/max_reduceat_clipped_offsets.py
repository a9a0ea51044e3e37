# Wrong: max mode uses np.maximum.reduceat with offsets clipped to len(indices) - 1, which cuts the last id off the bag before trailing empty bags.
import numpy as np


def embedding_bag(weight, indices, offsets, mode="mean"):
    weight = np.asarray(weight, dtype=np.float64)
    idx = np.asarray(indices)
    offs = np.asarray(offsets)
    if weight.ndim != 2:
        raise ValueError("weight must be (V, D), got shape %s" % (weight.shape,))
    if idx.ndim != 1 or offs.ndim != 1 or offs.size == 0:
        raise ValueError("indices must be 1-D and offsets a non-empty 1-D array")
    if (idx.size and idx.dtype.kind not in "iu") or offs.dtype.kind not in "iu":
        raise ValueError("indices and offsets must be integers")
    if mode not in ("sum", "mean", "max"):
        raise ValueError("mode must be 'sum', 'mean' or 'max', got %r" % (mode,))
    V, D = weight.shape
    idx = idx.astype(np.int64)
    offs = offs.astype(np.int64)
    if idx.size and (idx.min() < 0 or idx.max() >= V):
        raise ValueError("indices must lie in 0..%d" % (V - 1))
    if offs[0] != 0 or np.any(np.diff(offs) < 0) or offs[-1] > idx.size:
        raise ValueError("offsets must start at 0, never decrease, and not exceed len(indices)")
    B = offs.size
    ends = np.append(offs[1:], idx.size)
    counts = ends - offs
    bag = np.repeat(np.arange(B), counts)
    rows = weight[idx]
    out = np.zeros((B, D))
    if mode == "max":
        if idx.size:
            out[:] = np.maximum.reduceat(rows, np.minimum(offs, idx.size - 1), axis=0)
        out[counts == 0] = 0.0
        return out
    np.add.at(out, bag, rows)
    if mode == "mean":
        out /= np.maximum(counts, 1)[:, None]
    return out
