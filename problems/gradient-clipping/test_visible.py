import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import clip_grad_norm

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_clips_by_global_norm(self):
        """Norm 13 clipped to 6.5 halves every array"""
        clipped, norm = clip_grad_norm([np.array([3.0, 4.0]), np.array([[12.0]])], 6.5)
        check_close(norm, 13.0, ATOL, RTOL, "total_norm")
        check_equal(len(clipped), 2, "number of clipped arrays")
        check_shape(clipped[1], (1, 1), "clipped[1]")
        check_close(clipped[0], [1.5, 2.0], ATOL, RTOL, "clipped[0]")
        check_close(clipped[1], [[6.0]], ATOL, RTOL, "clipped[1]")

    def test_below_threshold_unchanged(self):
        """A norm below max_norm leaves the gradients as they are"""
        clipped, norm = clip_grad_norm([np.array([3.0, 4.0]), np.array([[12.0]])], 20.0)
        check_close(norm, 13.0, ATOL, RTOL, "total_norm")
        check_close(clipped[0], [3.0, 4.0], ATOL, RTOL, "clipped[0]")
        check_close(clipped[1], [[12.0]], ATOL, RTOL, "clipped[1]")

    def test_single_array(self):
        """One vector [6, 8] with max_norm 5 becomes [3, 4]"""
        clipped, norm = clip_grad_norm([np.array([6.0, 8.0])], 5.0)
        check_close(norm, 10.0, ATOL, RTOL, "total_norm")
        check_close(clipped[0], [3.0, 4.0], ATOL, RTOL, "clipped[0]")


if __name__ == "__main__":
    unittest.main()
