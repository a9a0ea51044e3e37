import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import calibration_curve, expected_calibration_error

Y = [0, 0, 1, 1, 1, 0, 1, 1]
P = [0.05, 0.15, 0.35, 0.4, 0.72, 0.78, 0.9, 1.0]


class VisibleTests(unittest.TestCase):
    def test_curve(self):
        """Five bins: p=0.4 starts bin 2 and p=1.0 goes into the last bin"""
        counts, mean_pred, frac_pos = calibration_curve(Y, P, 5)
        check_equal(np.asarray(counts).tolist(), [2, 1, 1, 2, 2], "counts")
        check_close(mean_pred, [0.1, 0.35, 0.4, 0.75, 0.95], 1e-12, 1e-9, "mean_pred")
        check_close(frac_pos, [0, 1, 1, 0.5, 1], 1e-12, 1e-9, "frac_pos")

    def test_ece_and_mce(self):
        """ECE is the count-weighted mean gap 2.05 / 8; MCE the largest gap 0.65"""
        check_close(expected_calibration_error(Y, P, 5), [2.05 / 8, 0.65], 1e-12, 1e-9, "(ece, mce)")

    def test_empty_bins_are_nan(self):
        """Bins with no sample have NaN mean_pred and frac_pos"""
        counts, mean_pred, frac_pos = calibration_curve([1, 0], [0.95, 0.05], 4)
        check_equal(np.asarray(counts).tolist(), [1, 0, 0, 1], "counts")
        check(np.isnan(mean_pred[1]) and np.isnan(frac_pos[2]), "empty bins must hold NaN", "NaN", (mean_pred, frac_pos))


if __name__ == "__main__":
    unittest.main()
