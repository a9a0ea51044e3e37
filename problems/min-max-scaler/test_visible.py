import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import apply_min_max, fit_min_max

ATOL, RTOL = 1e-9, 1e-9
X_TRAIN = np.array([[1.0, 10.0, 5.0], [3.0, 30.0, 5.0], [2.0, 50.0, 5.0]])


class VisibleTests(unittest.TestCase):
    def test_fit_example(self):
        """Column minima and maxima of the example"""
        mins, maxs = fit_min_max(X_TRAIN)
        check_close(mins, [1.0, 10.0, 5.0], ATOL, RTOL, "mins")
        check_close(maxs, [3.0, 50.0, 5.0], ATOL, RTOL, "maxs")

    def test_apply_to_training_rows(self):
        """Training rows map into [0, 1]; the constant column maps to 0"""
        mins, maxs = fit_min_max(X_TRAIN)
        got = apply_min_max(X_TRAIN, mins, maxs)
        check_shape(got, (3, 3), "scaled training rows")
        check_close(got, [[0.0, 0.0, 0.0], [1.0, 0.5, 0.0], [0.5, 1.0, 0.0]], ATOL, RTOL, "scaled training rows")

    def test_new_row_with_range_and_clip(self):
        """A new row outside the training range, with feature_range=(-1, 1) and with clip=True"""
        mins, maxs = np.array([1.0, 10.0, 5.0]), np.array([3.0, 50.0, 5.0])
        row = np.array([[4.0, 0.0, 6.0]])
        check_close(apply_min_max(row, mins, maxs, feature_range=(-1, 1)), [[2.0, -1.5, 1.0]], ATOL, RTOL, "range (-1, 1)")
        check_close(apply_min_max(row, mins, maxs, clip=True), [[1.0, 0.0, 1.0]], ATOL, RTOL, "clip=True")


if __name__ == "__main__":
    unittest.main()
