import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import embedding_bag

ATOL, RTOL = 1e-12, 1e-9
W = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [-1.0, 5.0]])


class VisibleTests(unittest.TestCase):
    def test_sum_with_repeat_and_empty_bag(self):
        """mode='sum': a repeated id counts twice and the empty bag is zero"""
        got = embedding_bag(W, [0, 2, 2, 3, 1], [0, 3, 3], mode="sum")
        check_shape(got, (3, 2), "embedding_bag(..., mode='sum')")
        check_close(got, [[7.0, 6.0], [0.0, 0.0], [-1.0, 7.0]], ATOL, RTOL, "embedding_bag(..., mode='sum')")

    def test_mean_is_the_default(self):
        """The default mode is the mean over each bag"""
        got = embedding_bag(W, [0, 2, 2, 3, 1], [0, 3, 3])
        check_close(got, [[7 / 3, 2.0], [0.0, 0.0], [-0.5, 3.5]], ATOL, RTOL, "embedding_bag(...) with the default mode")

    def test_max(self):
        """mode='max' takes the element-wise maximum over each bag"""
        got = embedding_bag(W, [0, 2, 2, 3, 1], [0, 3, 3], mode="max")
        check_close(got, [[3.0, 3.0], [0.0, 0.0], [0.0, 5.0]], ATOL, RTOL, "embedding_bag(..., mode='max')")


if __name__ == "__main__":
    unittest.main()
