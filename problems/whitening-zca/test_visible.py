import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import apply_zca, fit_zca

ATOL, RTOL = 1e-8, 1e-6


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """The six-point example: W from the eigenvalues 20/3 and 2/3"""
        X = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [3.0, 3.0], [-3.0, -3.0]])
        mean, W = fit_zca(X, eps=0.0)
        a, b = (20 / 3) ** -0.5, (2 / 3) ** -0.5
        check_close(mean, [0.0, 0.0], ATOL, RTOL, "mean")
        check_close(W, [[(a + b) / 2, (a - b) / 2], [(a - b) / 2, (a + b) / 2]], ATOL, RTOL, "W")

    def test_whitened_covariance_is_identity(self):
        """With eps = 0, the whitened training data has identity covariance"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(50, 3)) @ np.array([[2.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]]) + 4.0
        mean, W = fit_zca(X, eps=0.0)
        Z = apply_zca(X, mean, W)
        check_shape(Z, (50, 3), "whitened data")
        check_close(np.asarray(Z).T @ np.asarray(Z) / 50, np.eye(3), ATOL, RTOL, "covariance of the whitened data")

    def test_independent_scaled_features(self):
        """Uncorrelated columns are just divided by their standard deviations"""
        X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 4.0], [2.0, 4.0]])
        mean, W = fit_zca(X, eps=0.0)
        check_close(W, [[1.0, 0.0], [0.0, 0.5]], ATOL, RTOL, "W for independent columns")


if __name__ == "__main__":
    unittest.main()
