import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import kernel_ridge, rbf_kernel

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_kernel_example(self):
        """With gamma = ln 2, k(0, 2) = 1/16 and k(1, 2) = 1/2"""
        got = rbf_kernel(np.array([[0.0], [1.0]]), np.array([[2.0]]), math.log(2.0))
        check_shape(got, (2, 1), "rbf_kernel of 2 and 1 points")
        check_close(got, [[0.0625], [0.5]], ATOL, RTOL, "rbf_kernel")

    def test_worked_example(self):
        """The 2-point example: dual_coef = [0, 2] and predictions [1, 1]"""
        X = np.array([[0.0], [1.0]])
        coef, pred = kernel_ridge(X, np.array([1.0, 3.0]), np.array([[0.0], [2.0]]), lam=0.5, gamma=math.log(2.0))
        check_close(coef, [0.0, 2.0], ATOL, RTOL, "dual_coef")
        check_close(pred, [1.0, 1.0], ATOL, RTOL, "y_pred")

    def test_training_fit_identity(self):
        """Predicting at the training points gives y - lam * dual_coef"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(12, 3))
        y = np.sin(X[:, 0]) + X[:, 1]
        coef, pred = kernel_ridge(X, y, X, lam=0.1, gamma=0.5)
        check_shape(coef, (12,), "dual_coef")
        check_shape(pred, (12,), "y_pred")
        check_close(pred, y - 0.1 * np.asarray(coef), ATOL, RTOL, "y_pred at the training points")


if __name__ == "__main__":
    unittest.main()
