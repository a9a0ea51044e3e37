import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import dequantize_int4, pack_int4, quantize_int4, unpack_int4

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example_quantize(self):
        """The README example: codes, scales and zero points of two groups of 4"""
        w = np.array([[-1.5, 0.0, 1.25, 6.0, 0.0, 0.0, 0.0, 0.0]])
        q, scales, zeros = quantize_int4(w, group_size=4)
        check_equal(np.asarray(q), np.array([[0, 3, 5, 15, 0, 0, 0, 0]], dtype=np.uint8), "q")
        check_equal(np.asarray(q).dtype, np.dtype(np.uint8), "dtype of q")
        check_close(scales, [[0.5, 1.0]], ATOL, RTOL, "scales")
        check_equal(np.asarray(zeros), np.array([[3, 0]], dtype=np.uint8), "zeros")

    def test_worked_example_dequantize_and_pack(self):
        """The README example: dequantized values, packed bytes and unpacked codes"""
        q = np.array([[0, 3, 5, 15, 0, 0, 0, 0]], dtype=np.uint8)
        scales = np.array([[0.5, 1.0]])
        zeros = np.array([[3, 0]], dtype=np.uint8)
        check_close(dequantize_int4(q, scales, zeros, group_size=4), [[-1.5, 0.0, 1.0, 6.0, 0.0, 0.0, 0.0, 0.0]], ATOL, RTOL, "dequantize_int4")
        check_equal(np.asarray(pack_int4(q)), np.array([[48, 245, 0, 0]], dtype=np.uint8), "pack_int4(q)")
        check_equal(np.asarray(unpack_int4(np.array([48, 245], dtype=np.uint8))), np.array([0, 3, 5, 15], dtype=np.uint8), "unpack_int4([48, 245])")

    def test_round_trip_error_bound(self):
        """Random 6x32 weights, groups of 8: |w - dequantized| <= scale / 2 in every group"""
        rng = np.random.default_rng(0)
        w = rng.normal(size=(6, 32)) * 2
        q, scales, zeros = quantize_int4(w, 8)
        back = np.asarray(dequantize_int4(q, scales, zeros, 8))
        bound = np.repeat(np.asarray(scales), 8, axis=-1) / 2
        worst = float(np.max(np.abs(back - w) - bound * (1 + 1e-9)))
        check(worst <= 0, "every entry must be within scale / 2 of its weight", "<= 0 excess over scale/2", worst)
        check_equal(np.asarray(unpack_int4(pack_int4(q))), np.asarray(q), "unpack_int4(pack_int4(q))")


if __name__ == "__main__":
    unittest.main()
