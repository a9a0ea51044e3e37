import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import positional_encoding

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_position_zero(self):
        """Position 0 is sin(0) = 0 in even columns and cos(0) = 1 in odd columns"""
        got = positional_encoding(4, 6)
        check_shape(got, (4, 6), "encoding")
        check_close(got[0], [0, 1, 0, 1, 0, 1], ATOL, RTOL, "row for position 0")

    def test_small_example(self):
        """seq_len=3, d_model=4 matches the formula (frequencies 1 and 1/100)"""
        expected = [[math.sin(p), math.cos(p), math.sin(p / 100), math.cos(p / 100)] for p in range(3)]
        check_close(positional_encoding(3, 4), expected, ATOL, RTOL, "encoding")

    def test_odd_d_model(self):
        """d_model=5: the last column is sin(pos / 10000^(4/5))"""
        got = positional_encoding(2, 5)
        check_shape(got, (2, 5), "encoding")
        r1, r2 = 10000 ** (-2 / 5), 10000 ** (-4 / 5)
        expected = [[0, 1, 0, 1, 0], [math.sin(1), math.cos(1), math.sin(r1), math.cos(r1), math.sin(r2)]]
        check_close(got, expected, ATOL, RTOL, "encoding")


if __name__ == "__main__":
    unittest.main()
