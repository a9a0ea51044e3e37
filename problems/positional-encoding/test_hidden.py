import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import positional_encoding

ATOL, RTOL = 1e-9, 1e-7


class HiddenTests(unittest.TestCase):
    def test_pairs_lie_on_unit_circle(self):
        """sin^2 + cos^2 = 1 for every (2i, 2i+1) column pair"""
        pe = positional_encoding(50, 16)
        check_close(pe[:, 0::2] ** 2 + pe[:, 1::2] ** 2, np.ones((50, 8)), ATOL, RTOL, "sin^2 + cos^2")

    def test_relative_shift_is_a_rotation(self):
        """PE[p + k] is PE[p] with each (sin, cos) pair rotated by k times its frequency"""
        d, k = 8, 5
        pe = positional_encoding(40, d)
        for i in range(d // 2):
            w = 10000 ** (-2 * i / d)
            s, c = pe[:-k, 2 * i], pe[:-k, 2 * i + 1]
            check_close(pe[k:, 2 * i], s * math.cos(k * w) + c * math.sin(k * w), ATOL, RTOL, "sin column %d" % (2 * i))
            check_close(pe[k:, 2 * i + 1], c * math.cos(k * w) - s * math.sin(k * w), ATOL, RTOL, "cos column %d" % (2 * i + 1))

    def test_transformer_sized_entries(self):
        """d_model=512: spot-check entries against the formula"""
        pe = positional_encoding(20, 512)
        check_shape(pe, (20, 512), "encoding")
        check_close(pe[10, 256], math.sin(0.1), ATOL, RTOL, "PE[10, 256]")
        check_close(pe[10, 257], math.cos(0.1), ATOL, RTOL, "PE[10, 257]")
        check_close(pe[19, 511], math.cos(19 / 10000 ** (510 / 512)), ATOL, RTOL, "PE[19, 511]")
        check_close(pe[7, 3], math.cos(7 / 10000 ** (2 / 512)), ATOL, RTOL, "PE[7, 3]")

    def test_d_model_one(self):
        """d_model=1 is a single sine column with frequency 1"""
        got = positional_encoding(4, 1)
        check_shape(got, (4, 1), "encoding")
        check_close(got[:, 0], [math.sin(p) for p in range(4)], ATOL, RTOL, "column 0")

    def test_single_position(self):
        """seq_len=1 gives one row alternating 0 and 1"""
        got = positional_encoding(1, 7)
        check_shape(got, (1, 7), "encoding")
        check_close(got, [[0, 1, 0, 1, 0, 1, 0]], ATOL, RTOL, "encoding")

    def test_long_sequence(self):
        """seq_len=1000, d_model=64: the last row matches the formula everywhere"""
        pe = positional_encoding(1000, 64)
        p = 999
        expected = [(math.sin if j % 2 == 0 else math.cos)(p / 10000 ** (2 * (j // 2) / 64)) for j in range(64)]
        check_close(pe[p], expected, 1e-9, 1e-7, "row 999")
        check(bool(np.all(np.abs(pe) <= 1.0 + 1e-12)), "all entries must lie in [-1, 1]", "|PE| <= 1", float(np.abs(pe).max()))

    def test_odd_d_model_larger(self):
        """d_model=7: every column follows the formula with 7 in the exponent"""
        pe = positional_encoding(6, 7)
        expected = [[(math.sin if j % 2 == 0 else math.cos)(p / 10000 ** (2 * (j // 2) / 7)) for j in range(7)] for p in range(6)]
        check_close(pe, expected, ATOL, RTOL, "encoding")


if __name__ == "__main__":
    unittest.main()
