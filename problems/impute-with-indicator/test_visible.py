import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import fit_imputer, transform_imputer

NAN = float("nan")
X_TRAIN = [[1.0, NAN, 3.0], [2.0, 10.0, 4.0], [4.0, 20.0, 5.0], [NAN, 30.0, 7.0]]


class VisibleTests(unittest.TestCase):
    def test_fit_median(self):
        """Medians of the observed values: 2, 20, 4.5; columns 0 and 1 had NaN"""
        state = fit_imputer(X_TRAIN)
        check_close(state["fill"], [2.0, 20.0, 4.5], 1e-12, 1e-12, "fill")
        check_equal(np.asarray(state["indicator_columns"]).tolist(), [0, 1], "indicator_columns")

    def test_transform(self):
        """Column 2 is missing only at transform time: filled, but no indicator"""
        got = transform_imputer([[NAN, 5.0, NAN], [3.0, NAN, 1.0]], fit_imputer(X_TRAIN))
        check_shape(got, (2, 5), "transformed shape")
        check_close(got, [[2, 5, 4.5, 1, 0], [3, 20, 1, 0, 1]], 1e-12, 1e-12, "transformed X")

    def test_fit_mean(self):
        """strategy='mean' uses the mean of the observed values"""
        state = fit_imputer(X_TRAIN, strategy="mean")
        check_close(state["fill"], [7 / 3, 20.0, 4.75], 1e-12, 1e-12, "fill with the mean")


if __name__ == "__main__":
    unittest.main()
