import numpy as np


def fit_quantile_bins(x, n_bins):
    """Distinct quantile edges of the non-NaN values of x at levels 0, 1/n_bins, ..., 1."""
    raise NotImplementedError("fit_quantile_bins is not implemented yet")


def apply_bins(x, edges):
    """Bin index of each value: [e_j, e_{j+1}), last bin closed, clipped to the ends, NaN -> -1."""
    raise NotImplementedError("apply_bins is not implemented yet")
