import numpy as np


def calibration_curve(y_true, y_prob, n_bins=10):
    """(counts, mean_pred, frac_pos) over n_bins equal-width bins of [0, 1]; NaN for empty bins."""
    raise NotImplementedError("calibration_curve is not implemented yet")


def expected_calibration_error(y_true, y_prob, n_bins=10):
    """(ECE, MCE): sample-weighted mean and maximum |frac_pos - mean_pred| over non-empty bins."""
    raise NotImplementedError("expected_calibration_error is not implemented yet")
