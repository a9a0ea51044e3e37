import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import maxpool2d_backward, maxpool2d_forward

TOL = 1e-12
X = np.array([[[[1, 3, 2, 2],
                [3, 0, 1, 2],
                [0, 0, 5, 4],
                [0, 0, 4, 5]]]], dtype=float)


class VisibleTests(unittest.TestCase):
    def test_forward_worked_example(self):
        """2x2 pooling with stride 2 on the README input"""
        got = maxpool2d_forward(X, 2)
        check_shape(got, (1, 1, 2, 2), "output")
        check_close(got, [[[[3.0, 2.0], [0.0, 5.0]]]], TOL, TOL, "output")

    def test_backward_ties_go_to_first(self):
        """Backward sends each gradient to the first maximum in row-major order"""
        dx = maxpool2d_backward(np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), X, 2)
        expected = [[[[0, 1, 2, 0], [0, 0, 0, 0], [3, 0, 4, 0], [0, 0, 0, 0]]]]
        check_shape(dx, (1, 1, 4, 4), "dx")
        check_close(dx, expected, TOL, TOL, "dx")

    def test_backward_overlapping_windows_accumulate(self):
        """Overlapping windows (K=2, S=1) that share a maximum add their gradients"""
        x = np.array([[[[1, 2, 1], [2, 9, 2], [1, 2, 1]]]], dtype=float)
        check_close(maxpool2d_forward(x, 2, 1), np.full((1, 1, 2, 2), 9.0), TOL, TOL, "forward")
        dx = maxpool2d_backward(np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), x, 2, 1)
        check_close(dx, [[[[0, 0, 0], [0, 10, 0], [0, 0, 0]]]], TOL, TOL, "dx")


if __name__ == "__main__":
    unittest.main()
