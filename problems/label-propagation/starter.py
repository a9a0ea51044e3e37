import numpy as np


def label_propagation(W, y, n_classes=None):
    """Harmonic label propagation on a weighted graph with clamped labelled nodes.

    Returns (F (n, K) class distributions, labels (n,) argmax with ties to the lowest class).
    Unlabelled nodes with no path to a labelled node get the uniform distribution.
    """
    raise NotImplementedError("label_propagation is not implemented yet")
