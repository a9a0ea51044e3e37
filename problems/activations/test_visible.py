import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import gelu, relu, relu_grad, sigmoid, sigmoid_grad, tanh_grad

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_relu_and_its_derivative(self):
        """relu and relu_grad on [-2, -0.5, 0, 0.5, 2]; the derivative at 0 is 0"""
        x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
        got = relu(x)
        check_shape(got, (5,), "relu(x)")
        check_close(got, [0.0, 0.0, 0.0, 0.5, 2.0], ATOL, RTOL, "relu(x)")
        check_close(relu_grad(x), [0.0, 0.0, 0.0, 1.0, 1.0], ATOL, RTOL, "relu_grad(x)")

    def test_sigmoid_known_values(self):
        """sigmoid(0) = 0.5, sigmoid_grad(0) = 0.25, and sigmoid(2) = 1/(1+e^-2)"""
        x = np.array([0.0, 2.0])
        s2 = 1.0 / (1.0 + math.exp(-2.0))
        check_close(sigmoid(x), [0.5, s2], ATOL, RTOL, "sigmoid([0, 2])")
        check_close(sigmoid_grad(x), [0.25, s2 * (1 - s2)], ATOL, RTOL, "sigmoid_grad([0, 2])")

    def test_tanh_grad_known_values(self):
        """tanh_grad(0) = 1 and tanh_grad(1) = 1 - tanh(1)^2"""
        got = tanh_grad(np.array([0.0, 1.0]))
        check_close(got, [1.0, 1.0 - math.tanh(1.0) ** 2], ATOL, RTOL, "tanh_grad([0, 1])")

    def test_gelu_known_values(self):
        """gelu(0) = 0 and gelu(1) matches the tanh-approximation formula"""
        u = math.sqrt(2.0 / math.pi) * (1.0 + 0.044715)
        expected = [0.0, 0.5 * (1.0 + math.tanh(u))]
        check_close(gelu(np.array([0.0, 1.0])), expected, ATOL, RTOL, "gelu([0, 1])")


if __name__ == "__main__":
    unittest.main()
