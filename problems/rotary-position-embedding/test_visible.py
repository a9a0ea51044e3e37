import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import apply_rope

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Two rows of [1, 0, 1, 0] with base 100: row 0 unchanged, row 1 rotated by 1 and 0.1 rad"""
        x = np.array([[1.0, 0.0, 1.0, 0.0], [1.0, 0.0, 1.0, 0.0]])
        got = apply_rope(x, base=100.0)
        check_shape(got, (2, 4), "apply_rope(x)")
        expected = [[1.0, 0.0, 1.0, 0.0], [math.cos(1), math.sin(1), math.cos(0.1), math.sin(0.1)]]
        check_close(got, expected, ATOL, RTOL, "apply_rope(x, base=100)")

    def test_explicit_position(self):
        """positions=[2] rotates the pairs by 2 and 0.2 rad"""
        x = np.array([[1.0, 0.0, 1.0, 0.0]])
        got = apply_rope(x, positions=np.array([2]), base=100.0)
        check_close(got, [[math.cos(2), math.sin(2), math.cos(0.2), math.sin(0.2)]], ATOL, RTOL, "apply_rope(x, positions=[2])")

    def test_pairs_keep_their_length(self):
        """Each adjacent pair keeps its Euclidean length after the rotation"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(5, 8))
        got = np.asarray(apply_rope(x))
        check_close(np.hypot(got[:, 0::2], got[:, 1::2]), np.hypot(x[:, 0::2], x[:, 1::2]), ATOL, RTOL, "pair lengths")


if __name__ == "__main__":
    unittest.main()
