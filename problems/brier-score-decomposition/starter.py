import numpy as np


def brier_decomposition(y_true, y_prob, n_bins=10):
    """Brier score with Murphy's binned decomposition.

    Returns a dict of floats: brier, reliability, resolution, uncertainty,
    within_variance, within_covariance. Bin of p: min(floor(p * n_bins), n_bins - 1).
    """
    raise NotImplementedError("brier_decomposition is not implemented yet")
