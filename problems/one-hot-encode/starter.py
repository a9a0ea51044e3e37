import numpy as np


def one_hot(labels, num_classes=None):
    """One-hot encode a 1-D sequence of integer class labels.

    Returns a float64 array of shape (n, num_classes) whose row i has a single
    1.0 in column labels[i] and 0.0 elsewhere. When num_classes is None it is
    max(labels) + 1. Raises ValueError for invalid input (see README).
    """
    raise NotImplementedError("one_hot is not implemented yet")
