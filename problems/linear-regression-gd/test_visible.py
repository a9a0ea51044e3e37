import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import fit_linear_regression_gd

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_one_epoch(self):
        """One step from zero on y = 2x: w = 28/15, b = 4/5"""
        X = np.array([[1.0], [2.0], [3.0]])
        y = np.array([2.0, 4.0, 6.0])
        w, b = fit_linear_regression_gd(X, y, lr=0.1, epochs=1)
        check_shape(w, (1,), "w")
        check_close(w, [28 / 15], ATOL, RTOL, "w after 1 epoch")
        check_close(b, 4 / 5, ATOL, RTOL, "b after 1 epoch")

    def test_two_epochs(self):
        """Two steps on y = 2x: w = 376/225, b = 52/75"""
        X = np.array([[1.0], [2.0], [3.0]])
        y = np.array([2.0, 4.0, 6.0])
        w, b = fit_linear_regression_gd(X, y, lr=0.1, epochs=2)
        check_close(w, [376 / 225], ATOL, RTOL, "w after 2 epochs")
        check_close(b, 52 / 75, ATOL, RTOL, "b after 2 epochs")

    def test_converges_to_least_squares(self):
        """After many epochs the result matches the closed-form least-squares fit"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(50, 3))
        y = X @ np.array([1.0, -2.0, 0.5]) + 3.0 + rng.normal(scale=0.1, size=50)
        theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((50, 1))]), y, rcond=None)
        w, b = fit_linear_regression_gd(X, y, lr=0.05, epochs=2000)
        check_close(w, theta[:3], 1e-6, 0, "w")
        check_close(b, theta[3], 1e-6, 0, "b")


if __name__ == "__main__":
    unittest.main()
