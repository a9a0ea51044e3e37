import numbers

import numpy as np


def calibration_curve(y_true, y_prob, n_bins=10):
    y = np.asarray(y_true)
    p = np.asarray(y_prob, dtype=np.float64)
    if y.ndim != 1 or p.ndim != 1 or y.shape != p.shape or y.size == 0:
        raise ValueError("y_true and y_prob must be non-empty 1-D arrays of the same length")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("y_true must hold 0/1 labels")
    if np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    if isinstance(n_bins, bool) or not isinstance(n_bins, numbers.Integral) or n_bins < 1:
        raise ValueError("n_bins must be an integer >= 1")
    b = np.minimum(np.floor(p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(b, minlength=n_bins)
    sum_p = np.bincount(b, weights=p, minlength=n_bins)
    sum_y = np.bincount(b, weights=y.astype(np.float64), minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_pred = np.where(counts > 0, sum_p / np.maximum(counts, 1), np.nan)
        frac_pos = np.where(counts > 0, sum_y / np.maximum(counts, 1), np.nan)
    return counts.astype(np.int64), mean_pred, frac_pos


def expected_calibration_error(y_true, y_prob, n_bins=10):
    counts, mean_pred, frac_pos = calibration_curve(y_true, y_prob, n_bins)
    used = counts > 0
    gaps = np.abs(frac_pos[used] - mean_pred[used])
    return float(np.sum(counts[used] * gaps) / counts.sum()), float(gaps.max())
