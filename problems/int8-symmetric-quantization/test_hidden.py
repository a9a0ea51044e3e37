import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import dequantize_int8, quantize_int8


def _half_even(v):
    # Round half to even without numpy's rounding, for the expected values.
    f = np.floor(v)
    d = v - f
    out = np.where(d > 0.5, f + 1, np.where(d < 0.5, f, np.where(f % 2 == 0, f, f + 1)))
    return out


class HiddenTests(unittest.TestCase):
    def test_random_tensors_match_definition(self):
        """Random 3-D tensors: q equals clip(round-half-even(x / scale)) and scale = max|x| / 127"""
        rng = np.random.default_rng(1)
        for trial in range(5):
            x = rng.standard_t(3, size=(4, 5, 3)) * 10 ** rng.uniform(-3, 3)
            q, scale = quantize_int8(x)
            amax = np.max(np.abs(x))
            check_close(scale, amax / 127, 1e-15, 1e-12, "scale (trial %d)" % trial)
            expected = np.clip(_half_even(x / (amax / 127)), -127, 127).astype(np.int8)
            check_equal(np.asarray(q), expected, "q (trial %d)" % trial)

    def test_all_zero_tensor(self):
        """An all-zero tensor gives scale 1.0 and zeros, not nan"""
        q, scale = quantize_int8(np.zeros((2, 3)))
        check_close(scale, 1.0, 0, 0, "scale of zeros")
        check_equal(np.asarray(q), np.zeros((2, 3), dtype=np.int8), "q of zeros")

    def test_never_minus_128(self):
        """The most negative value maps to -127, never -128"""
        q, _ = quantize_int8(np.array([-5.0, 4.99, 0.0]))
        check_equal(int(np.asarray(q).min()), -127, "smallest q")
        q, _ = quantize_int8(np.array([-1.0, 1.0]))
        check_equal(np.asarray(q), np.array([-127, 127], dtype=np.int8), "q of [-1, 1]")

    def test_scale_is_a_float_and_lists_work(self):
        """A nested list of ints is accepted; scale is a Python float"""
        q, scale = quantize_int8([[0, 254], [-127, 1]])
        check(isinstance(scale, float), "scale must be a Python float", "float", type(scale).__name__)
        check_equal(np.asarray(q), np.array([[0, 127], [-64, 0]], dtype=np.int8), "q of [[0, 254], [-127, 1]]")

    def test_dequantize_values_and_dtype(self):
        """dequantize_int8 returns float64 q * scale"""
        back = dequantize_int8(np.array([-127, 0, 3], dtype=np.int8), 0.5)
        check_equal(np.asarray(back).dtype, np.dtype(np.float64), "dtype of dequantize_int8")
        check_close(back, [-63.5, 0.0, 1.5], 1e-12, 1e-9, "dequantize_int8([-127, 0, 3], 0.5)")

    def test_invalid_inputs(self):
        """Empty or non-finite x, a non-int8 q, or a bad scale raise ValueError"""
        with self.assertRaises(ValueError, msg="empty x"):
            quantize_int8(np.array([]))
        with self.assertRaises(ValueError, msg="x containing inf"):
            quantize_int8(np.array([1.0, np.inf]))
        with self.assertRaises(ValueError, msg="q given as int64"):
            dequantize_int8(np.array([1, 2]), 0.5)
        with self.assertRaises(ValueError, msg="scale = 0"):
            dequantize_int8(np.array([1, 2], dtype=np.int8), 0.0)

    def test_input_not_modified(self):
        """x is left unchanged"""
        x = np.array([0.3, -1.2, 2.2])
        quantize_int8(x)
        check_close(x, [0.3, -1.2, 2.2], 0, 0, "x after quantize_int8")


if __name__ == "__main__":
    unittest.main()
