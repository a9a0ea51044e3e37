import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import dequantize_int8, quantize_int8


class VisibleTests(unittest.TestCase):
    def test_ties_round_to_even(self):
        """With scale 1, 2.5 -> 2, -0.5 -> 0 and 3.5 -> 4"""
        q, scale = quantize_int8(np.array([127.0, 2.5, -0.5, 3.5, -127.0]))
        check_equal(np.asarray(q), np.array([127, 2, 0, 4, -127], dtype=np.int8), "q")
        check_equal(np.asarray(q).dtype, np.dtype(np.int8), "dtype of q")
        check_close(scale, 1.0, 1e-12, 1e-9, "scale")

    def test_scale_from_largest_magnitude(self):
        """The largest magnitude is negative: scale = 2.54 / 127"""
        q, scale = quantize_int8(np.array([0.5, -2.54, 1.0]))
        check_close(scale, 2.54 / 127, 1e-12, 1e-9, "scale")
        check_equal(np.asarray(q), np.array([25, -127, 50], dtype=np.int8), "q")

    def test_round_trip_error_bound(self):
        """Random values: |x - dequantize(q)| <= scale / 2 everywhere"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(20, 7)) * 3
        q, scale = quantize_int8(x)
        back = dequantize_int8(q, scale)
        err = np.max(np.abs(np.asarray(back) - x))
        check(err <= scale / 2 * (1 + 1e-9), "round-trip error must be at most scale/2", "<= %g" % (scale / 2), err)


if __name__ == "__main__":
    unittest.main()
