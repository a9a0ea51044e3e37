import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import softmax_cross_entropy

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_uniform_logits(self):
        """Equal logits: loss log(C) and gradient (1/C - onehot) / N"""
        loss, grad = softmax_cross_entropy(np.zeros((2, 4)), np.array([1, 3]))
        check_close(loss, math.log(4), ATOL, RTOL, "loss")
        check_shape(grad, (2, 4), "dlogits")
        check_close(grad, [[0.125, -0.375, 0.125, 0.125], [0.125, 0.125, 0.125, -0.375]], ATOL, RTOL, "dlogits")

    def test_worked_example(self):
        """The README example: loss and gradient"""
        loss, grad = softmax_cross_entropy(np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 0.0]]), np.array([0, 2]))
        z = math.exp(2) + math.exp(1) + 1
        p = [math.exp(2) / z, math.exp(1) / z, 1 / z]
        check_close(loss, (-math.log(p[0]) + math.log(3)) / 2, ATOL, RTOL, "loss")
        check_close(grad, [[(p[0] - 1) / 2, p[1] / 2, p[2] / 2], [1 / 6, 1 / 6, -1 / 3]], ATOL, RTOL, "dlogits")

    def test_large_logits(self):
        """Logits [1000, 0] with label 1: loss 1000 and gradient [1, -1], no overflow"""
        loss, grad = softmax_cross_entropy(np.array([[1000.0, 0.0]]), np.array([1]))
        check(math.isfinite(float(loss)), "loss must be finite", 1000.0, loss)
        check_close(loss, 1000.0, ATOL, RTOL, "loss")
        check_close(grad, [[1.0, -1.0]], ATOL, RTOL, "dlogits")


if __name__ == "__main__":
    unittest.main()
