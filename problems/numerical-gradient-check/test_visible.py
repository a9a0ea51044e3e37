import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import numerical_gradient, relative_error

GRAD_ATOL = 1e-8
ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_quadratic(self):
        """The numerical gradient of sum(x^2) is 2x"""
        x = np.array([0.5, -1.5, 2.0])
        got = numerical_gradient(lambda v: np.sum(v ** 2), x)
        check_shape(got, (3,), "numerical gradient")
        check_close(got, 2 * x, GRAD_ATOL, 0, "numerical gradient of sum(x^2)")

    def test_central_not_forward_difference(self):
        """For sum(x^3) the estimate is within 1e-8 of 3x^2 (a forward difference is not)"""
        x = np.array([1.0, 2.0, 3.0])
        got = numerical_gradient(lambda v: np.sum(v ** 3), x)
        check_close(got, 3 * x ** 2, GRAD_ATOL, 0, "numerical gradient of sum(x^3)")

    def test_relative_error_value(self):
        """relative_error([3, 12], [3, 12.1]) = 0.1 / (sqrt(153) + sqrt(155.41))"""
        got = relative_error(np.array([3.0, 12.0]), np.array([3.0, 12.1]))
        check_close(got, 0.1 / (math.sqrt(153.0) + math.sqrt(9.0 + 12.1 ** 2)), ATOL, RTOL, "relative_error")


if __name__ == "__main__":
    unittest.main()
