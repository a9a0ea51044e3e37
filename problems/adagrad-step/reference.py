import numpy as np


def adagrad_dense(w, g, accum, lr=0.01, eps=1e-10):
    w = np.asarray(w, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    accum = np.asarray(accum, dtype=np.float64)
    if g.shape != w.shape or accum.shape != w.shape:
        raise ValueError("w, g and accum must have the same shape, got %s, %s, %s" % (w.shape, g.shape, accum.shape))
    new_accum = accum + g * g
    return w - lr * g / (np.sqrt(new_accum) + eps), new_accum


def adagrad_sparse(table, accum, rows, values, lr=0.01, eps=1e-10):
    table = np.asarray(table, dtype=np.float64)
    accum = np.asarray(accum, dtype=np.float64)
    rows = np.asarray(rows)
    values = np.asarray(values, dtype=np.float64)
    if table.ndim != 2 or accum.shape != table.shape:
        raise ValueError("table must be (V, D) and accum the same shape")
    if rows.ndim != 1 or (rows.size and rows.dtype.kind not in "iu"):
        raise ValueError("rows must be a 1-D array of integers")
    if values.shape != (rows.size, table.shape[1]):
        raise ValueError("values must have shape (%d, %d), got %s" % (rows.size, table.shape[1], values.shape))
    rows = rows.astype(np.int64)
    if rows.size and (rows.min() < 0 or rows.max() >= table.shape[0]):
        raise ValueError("rows must lie in 0..%d" % (table.shape[0] - 1))
    new_table, new_accum = table.copy(), accum.copy()
    if rows.size == 0:
        return new_table, new_accum
    uniq, inverse = np.unique(rows, return_inverse=True)
    g = np.zeros((uniq.size, table.shape[1]))
    np.add.at(g, inverse, values)
    new_accum[uniq] += g * g
    new_table[uniq] -= lr * g / (np.sqrt(new_accum[uniq]) + eps)
    return new_table, new_accum
