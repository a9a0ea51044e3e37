import unittest

import numpy as np

from mlreps_check import check_equal
from solution import build_attention_mask


class VisibleTests(unittest.TestCase):
    def test_causal_with_right_padding(self):
        """lengths [2, 3], T=3, causal: lower triangle, minus the padded key of sequence 0"""
        got = build_attention_mask([2, 3], T=3)
        expected = np.array([[[1, 0, 0], [1, 1, 0], [1, 1, 0]], [[1, 0, 0], [1, 1, 0], [1, 1, 1]]], dtype=bool)
        check_equal(np.asarray(got), expected, "build_attention_mask([2, 3], T=3)")

    def test_left_padding_not_causal(self):
        """lengths [2], T=3, left padding, not causal: key 0 is padding for every query"""
        got = build_attention_mask([2], T=3, causal=False, left_padding=True)
        check_equal(np.asarray(got), np.array([[[0, 1, 1]] * 3], dtype=bool), "left-padded mask")

    def test_full_length_causal_is_lower_triangle(self):
        """A full-length sequence with causal=True gives the lower triangle including the diagonal"""
        got = build_attention_mask([4], T=4)
        expected = np.array([[[j <= i for j in range(4)] for i in range(4)]])
        check_equal(np.asarray(got), expected, "causal mask for T=4")
        check_equal(np.asarray(got).dtype, np.dtype(bool), "dtype of the mask")


if __name__ == "__main__":
    unittest.main()
