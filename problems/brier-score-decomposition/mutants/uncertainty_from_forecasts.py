# Wrong: computes uncertainty from the mean forecast instead of the mean outcome.
import numpy as np


def brier_decomposition(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true)
    p = np.asarray(y_prob, dtype=np.float64)
    if y.ndim != 1 or p.ndim != 1 or y.shape != p.shape:
        raise ValueError("y_true and y_prob must be 1-D of the same length")
    if y.size == 0:
        raise ValueError("empty input")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("y_true must contain only 0 and 1")
    if not np.all((p >= 0.0) & (p <= 1.0)):
        raise ValueError("y_prob must lie in [0, 1]")
    if isinstance(n_bins, bool) or int(n_bins) != n_bins or n_bins < 1:
        raise ValueError("n_bins must be a positive integer")
    n_bins = int(n_bins)
    y = y.astype(np.float64)
    n = y.size
    k = np.minimum(np.floor(p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(k, minlength=n_bins).astype(np.float64)
    used = counts > 0
    f_bar = np.zeros(n_bins)
    o_bar = np.zeros(n_bins)
    f_bar[used] = np.bincount(k, weights=p, minlength=n_bins)[used] / counts[used]
    o_bar[used] = np.bincount(k, weights=y, minlength=n_bins)[used] / counts[used]
    base = y.mean()
    dp = p - f_bar[k]
    dy = y - o_bar[k]
    return {
        "brier": float(np.mean((p - y) ** 2)),
        "reliability": float(np.sum(counts * (f_bar - o_bar) ** 2) / n),
        "resolution": float(np.sum(counts * (o_bar - base) ** 2) / n),
        "uncertainty": float(p.mean() * (1.0 - p.mean())),
        "within_variance": float(np.mean(dp ** 2)),
        "within_covariance": float(np.mean(dp * dy)),
    }
