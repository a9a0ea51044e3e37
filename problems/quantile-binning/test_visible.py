import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import apply_bins, fit_quantile_bins

X = [1, 2, 2, 2, 3, 4, 7, 8, 9, 100]


class VisibleTests(unittest.TestCase):
    def test_quartile_edges(self):
        """Quartiles of the example: [1, 2, 3.5, 7.75, 100]"""
        check_close(fit_quantile_bins(X, 4), [1, 2, 3.5, 7.75, 100], 0, 1e-12, "edges")

    def test_bins_of_the_training_data(self):
        """A value equal to an inner edge starts the next bin; the maximum is in the last bin"""
        got = apply_bins(X, fit_quantile_bins(X, 4))
        check_equal(np.asarray(got).tolist(), [0, 1, 1, 1, 1, 2, 2, 3, 3, 3], "bins")
        check(np.asarray(got).dtype == np.int64, "bins must be int64", "int64", np.asarray(got).dtype)

    def test_outside_range_and_nan(self):
        """Below the range -> 0, above -> last bin, NaN -> -1"""
        got = apply_bins([0, 2, 3.5, 500, float("nan")], np.array([1, 2, 3.5, 7.75, 100.0]))
        check_equal(np.asarray(got).tolist(), [0, 1, 2, 3, -1], "bins")


if __name__ == "__main__":
    unittest.main()
