import numpy as np


class DecisionTreeClassifier:
    """A small CART classifier using Gini impurity and midpoint thresholds.

    max_depth: None (no limit) or an int >= 0, the depth of the deepest leaf
    allowed (the root has depth 0). min_samples_split: a node with fewer
    samples than this becomes a leaf.
    """

    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        """Grow the tree on X (n, d) floats and y (n,) integer labels; return self.

        A node becomes a leaf when it is at max_depth, has fewer than
        min_samples_split samples, is pure, or has no candidate split.
        Otherwise split at the threshold with the lowest weighted Gini
        (midpoints of consecutive distinct values; ties within 1e-12 ->
        lowest feature, then lowest threshold); samples with x[j] <= t go left.
        A leaf predicts its majority label, ties -> the smallest label.
        """
        raise NotImplementedError("fit is not implemented yet")

    def predict(self, X):
        """Labels (m,) for the rows of X (m, d): follow x[j] <= t to the left."""
        raise NotImplementedError("predict is not implemented yet")
