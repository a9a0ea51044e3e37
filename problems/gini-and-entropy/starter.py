import numpy as np


def gini(y):
    """Gini impurity 1 - sum_k p_k^2 of the labels in y (a 1-D sequence); 0.0 for an empty y."""
    raise NotImplementedError("gini is not implemented yet")


def entropy(y):
    """Shannon entropy -sum_k p_k log2 p_k in bits of the labels in y; 0.0 for an empty y."""
    raise NotImplementedError("entropy is not implemented yet")
