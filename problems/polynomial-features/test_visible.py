import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import polynomial_features


class VisibleTests(unittest.TestCase):
    def test_cubic_with_bias(self):
        """x=[1,2,3], degree 3: columns 1, x, x^2, x^3"""
        got = polynomial_features(np.array([1.0, 2.0, 3.0]), 3)
        check_shape(got, (3, 4), "features")
        check_close(got, [[1, 1, 1, 1], [1, 2, 4, 8], [1, 3, 9, 27]], 0, 0, "features")

    def test_without_bias(self):
        """include_bias=False drops the column of ones"""
        got = polynomial_features(np.array([2.0, -1.0]), 2, include_bias=False)
        check_shape(got, (2, 2), "features")
        check_close(got, [[2, 4], [-1, 1]], 0, 0, "features")

    def test_degree_zero(self):
        """degree 0 gives a single column of ones, or no columns without the bias"""
        check_close(polynomial_features(np.array([5.0, 0.0, -2.0]), 0), [[1.0], [1.0], [1.0]], 0, 0, "degree 0 with bias")
        check_shape(polynomial_features(np.array([5.0, 0.0, -2.0]), 0, include_bias=False), (3, 0), "degree 0 without bias")


if __name__ == "__main__":
    unittest.main()
