import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import truncated_svd

ATOL, RTOL = 1e-8, 1e-6


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """The 4x3 example: s = [3, 2], signs from the largest entry of Vt"""
        X = np.array([[2.0, 0.0, 0.0], [0.0, -3.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
        U, s, Vt = truncated_svd(X, 2)
        check_shape(U, (4, 2), "U")
        check_close(s, [3.0, 2.0], ATOL, RTOL, "s")
        check_close(Vt, [[0, 1, 0], [1, 0, 0]], ATOL, RTOL, "Vt")
        check_close(U, [[0, 1], [-1, 0], [0, 0], [0, 0]], ATOL, RTOL, "U")

    def test_singular_values_match(self):
        """A random 8x5 matrix: s matches the top singular values"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(8, 5))
        _, s, _ = truncated_svd(X, 3)
        check_close(s, np.linalg.svd(X, compute_uv=False)[:3], ATOL, RTOL, "s")

    def test_rank_one(self):
        """An outer product u v^T has one singular value |u| |v|"""
        u, v = np.array([1.0, 2.0, 2.0]), np.array([0.0, -3.0, 4.0])
        U, s, Vt = truncated_svd(np.outer(u, v), 1)
        check_close(s, [15.0], ATOL, RTOL, "s of a rank-one matrix")
        check_close(Vt, [[0.0, -0.6, 0.8]], ATOL, RTOL, "Vt of a rank-one matrix")
        check_close(U, (u / 3.0)[:, None], ATOL, RTOL, "U of a rank-one matrix")


if __name__ == "__main__":
    unittest.main()
