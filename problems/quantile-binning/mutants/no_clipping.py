# Wrong: searches all edges, so values below the range get -1 and the maximum gets bin k.
import numbers

import numpy as np


def fit_quantile_bins(x, n_bins):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if np.any(np.isinf(x)):
        raise ValueError("x must not hold infinite values")
    if isinstance(n_bins, bool) or not isinstance(n_bins, numbers.Integral) or n_bins < 1:
        raise ValueError("n_bins must be an integer >= 1")
    obs = x[~np.isnan(x)]
    if obs.size == 0:
        raise ValueError("x has no non-NaN value")
    edges = np.quantile(obs, np.linspace(0.0, 1.0, int(n_bins) + 1))
    return np.unique(edges)


def apply_bins(x, edges):
    x = np.asarray(x, dtype=np.float64)
    edges = np.asarray(edges, dtype=np.float64)
    if x.ndim != 1 or edges.ndim != 1 or edges.size < 1:
        raise ValueError("x and edges must be 1-D, with at least one edge")
    if np.any(np.diff(edges) <= 0):
        raise ValueError("edges must be strictly increasing")
    k = max(edges.size - 1, 1)
    idx = (np.searchsorted(edges, x, side="right") - 1).astype(np.int64)
    idx[np.isnan(x)] = -1
    return idx
