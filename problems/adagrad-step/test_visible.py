import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import adagrad_dense, adagrad_sparse

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_dense_first_step(self):
        """From a zero accumulator the first step is lr * sign(g)"""
        w, a = adagrad_dense(np.array([1.0, 1.0]), np.array([3.0, -4.0]), np.zeros(2), lr=0.5)
        check_close(w, [1.0 - 0.5 * 3.0 / (3.0 + 1e-10), 1.0 + 0.5 * 4.0 / (4.0 + 1e-10)], ATOL, RTOL, "w")
        check_close(a, [9.0, 16.0], ATOL, RTOL, "accum")

    def test_dense_two_steps(self):
        """A second step divides by the root of the summed squares"""
        w, a = adagrad_dense([2.0], [1.0], [0.0], lr=0.1)
        w, a = adagrad_dense(w, [2.0], a, lr=0.1)
        check_close(a, [5.0], ATOL, RTOL, "accum after two steps")
        check_close(w, [2.0 - 0.1 / (1.0 + 1e-10) - 0.1 * 2.0 / (math.sqrt(5.0) + 1e-10)], ATOL, RTOL, "w after two steps")

    def test_sparse_example(self):
        """The README example: row 2 appears twice and its gradients are summed"""
        values = np.array([[1.0, 0.0], [2.0, 2.0], [2.0, 0.0]])
        table, accum = adagrad_sparse(np.zeros((3, 2)), np.ones((3, 2)), [2, 0, 2], values, lr=1.0)
        check_close(accum, [[5.0, 5.0], [1.0, 1.0], [10.0, 1.0]], ATOL, RTOL, "accum")
        check_close(table, [[-2 / (math.sqrt(5) + 1e-10)] * 2, [0.0, 0.0], [-3 / (math.sqrt(10) + 1e-10), 0.0]], ATOL, RTOL, "table")


if __name__ == "__main__":
    unittest.main()
