import numpy as np


def adagrad_dense(w, g, accum, lr=0.01, eps=1e-10):
    """accum += g**2, then w -= lr * g / (sqrt(accum) + eps). Returns (w_new, accum_new)."""
    raise NotImplementedError("adagrad_dense is not implemented yet")


def adagrad_sparse(table, accum, rows, values, lr=0.01, eps=1e-10):
    """Adagrad on the rows of an embedding table; repeated row ids sum their gradients first.

    Returns (table_new, accum_new).
    """
    raise NotImplementedError("adagrad_sparse is not implemented yet")
