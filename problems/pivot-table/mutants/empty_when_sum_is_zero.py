# Wrong: decides emptiness from the aggregated value (0 means empty) instead of the record count.
import numpy as np

AGGS = ("sum", "mean", "count")


def pivot_table(rows, cols, values, aggfunc="sum", fill_value=float("nan")):
    r = np.asarray(rows)
    c = np.asarray(cols)
    v = np.asarray(values, dtype=np.float64)
    if r.ndim != 1 or c.ndim != 1 or v.ndim != 1 or not (r.shape == c.shape == v.shape):
        raise ValueError("rows, cols and values must be 1-D of the same length")
    if aggfunc not in AGGS:
        raise ValueError("aggfunc must be one of %s" % (AGGS,))
    if not np.all(np.isfinite(v)):
        raise ValueError("values must be finite")
    row_labels, ri = np.unique(r, return_inverse=True)
    col_labels, ci = np.unique(c, return_inverse=True)
    ri, ci = ri.reshape(-1), ci.reshape(-1)
    shape = (row_labels.size, col_labels.size)
    flat = ri * shape[1] + ci
    size = shape[0] * shape[1]
    count = np.bincount(flat, minlength=size).astype(np.float64)
    total = np.bincount(flat, weights=v, minlength=size)
    if aggfunc == "sum":
        out = total
    elif aggfunc == "count":
        out = count
    else:
        out = total / np.maximum(count, 1.0)
    out = np.where(out != 0, out, float(fill_value)).reshape(shape)
    return row_labels, col_labels, out
