import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import fit_linear_regression, predict

ATOL, RTOL = 1e-8, 1e-8


class VisibleTests(unittest.TestCase):
    def test_exact_line(self):
        """Points on y = 2x + 1 give w = [2], b = 1"""
        w, b = fit_linear_regression(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]))
        check_shape(w, (1,), "w")
        check_close(w, [2.0], ATOL, RTOL, "w")
        check_close(b, 1.0, ATOL, RTOL, "b")

    def test_noisy_line_matches_hand_formula(self):
        """Five noisy points: slope = Sxy/Sxx = 0.99 and b = 1.13"""
        X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
        y = np.array([2.2, 2.8, 4.5, 4.9, 6.1])
        w, b = fit_linear_regression(X, y)
        check_close(w, [0.99], ATOL, RTOL, "w")
        check_close(b, 1.13, ATOL, RTOL, "b")

    def test_predict(self):
        """predict returns X @ w + b with shape (n,)"""
        X = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]])
        got = predict(X, np.array([0.5, -2.0]), 4.0)
        check_shape(got, (3,), "predictions")
        check_close(got, [0.5, 6.0, 4.5], ATOL, RTOL, "predictions")


if __name__ == "__main__":
    unittest.main()
