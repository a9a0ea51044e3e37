import numpy as np


def single_linkage_heights(X):
    """The n - 1 single-linkage merge heights, ascending."""
    raise NotImplementedError("single_linkage_heights is not implemented yet")


def single_linkage_labels(X, n_clusters):
    """Labels after merging down to n_clusters clusters, numbered by their smallest point index."""
    raise NotImplementedError("single_linkage_labels is not implemented yet")
