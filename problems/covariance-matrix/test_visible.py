import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import covariance_matrix

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 4x2 example gives variances 14/3 and covariance 4/3"""
        X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 6.0], [6.0, 3.0]])
        got = covariance_matrix(X)
        check_shape(got, (2, 2), "covariance_matrix(X)")
        check_close(got, [[14 / 3, 4 / 3], [4 / 3, 14 / 3]], ATOL, RTOL, "covariance_matrix(X)")

    def test_shape_is_variables_by_variables(self):
        """A 5x3 data matrix gives a 3x3 covariance matrix"""
        rng = np.random.default_rng(0)
        got = covariance_matrix(rng.normal(size=(5, 3)))
        check_shape(got, (3, 3), "covariance of a 5x3 matrix")

    def test_two_observations(self):
        """Two observations: variance is (difference)^2 / 2"""
        X = np.array([[0.0, 1.0], [2.0, 5.0]])
        check_close(covariance_matrix(X), [[2.0, 4.0], [4.0, 8.0]], ATOL, RTOL, "covariance of two rows")


if __name__ == "__main__":
    unittest.main()
