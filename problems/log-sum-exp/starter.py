import numpy as np


def log_sum_exp(x, axis=None, keepdims=False):
    """log(sum(exp(x))) along axis, accurate for huge, tiny and infinite entries.

    axis=None reduces over everything and returns a float (unless keepdims);
    otherwise returns a float64 array. All -inf (or empty) gives -inf; any +inf
    gives +inf; nan propagates.
    """
    raise NotImplementedError("log_sum_exp is not implemented yet")
