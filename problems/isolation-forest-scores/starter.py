import math

import numpy as np


def average_path_length(n):
    """c(n) = 2 (ln(n - 1) + 0.5772156649015329) - 2 (n - 1) / n for n > 2; c(2) = 1; c(1) = c(0) = 0."""
    raise NotImplementedError("average_path_length is not implemented yet")


def isolation_forest_scores(X_train, X_score, n_trees=100, sample_size=256, seed=0):
    """Isolation forest scores 2 ** (-mean path length / c(psi)) of the rows of X_score."""
    raise NotImplementedError("isolation_forest_scores is not implemented yet")
