import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import fit_ridge

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_one_feature_by_hand(self):
        """x=[1,2,3,4], y=[2,4,5,8], alpha=1: w = Sxy/(Sxx+1) = 19/12, b = 19/24"""
        X = np.array([[1.0], [2.0], [3.0], [4.0]])
        y = np.array([2.0, 4.0, 5.0, 8.0])
        w, b = fit_ridge(X, y, 1.0)
        check_shape(w, (1,), "w")
        check_close(w, [19 / 12], ATOL, RTOL, "w")
        check_close(b, 19 / 24, ATOL, RTOL, "b")

    def test_alpha_zero_is_least_squares(self):
        """alpha = 0 gives the ordinary least-squares line w = 1.9, b = 0"""
        X = np.array([[1.0], [2.0], [3.0], [4.0]])
        y = np.array([2.0, 4.0, 5.0, 8.0])
        w, b = fit_ridge(X, y, 0.0)
        check_close(w, [1.9], ATOL, RTOL, "w")
        check_close(b, 0.0, ATOL, RTOL, "b")

    def test_huge_alpha_shrinks_to_mean(self):
        """A huge alpha drives w to 0 and b to mean(y)"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(20, 3))
        y = rng.normal(size=20) + 5.0
        w, b = fit_ridge(X, y, 1e12)
        check_close(w, np.zeros(3), 1e-9, 0, "w")
        check_close(b, y.mean(), 1e-8, 0, "b")


if __name__ == "__main__":
    unittest.main()
