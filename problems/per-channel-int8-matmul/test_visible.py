import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import int8_linear, quantize_per_channel

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_per_row_scales(self):
        """Each row gets max|row| / 127; an all-zero row gets scale 1"""
        Wq, s = quantize_per_channel(np.array([[1.27, -0.5], [0.0, 0.0], [-2.54, 2.54]]))
        check_equal(np.asarray(Wq), np.array([[127, -50], [0, 0], [-127, 127]], dtype=np.int8), "Wq")
        check_close(s, [0.01, 1.0, 0.02], ATOL, RTOL, "w_scales")

    def test_linear_example(self):
        """The README example, with bias"""
        Wq = np.array([[127, -50], [0, 0], [-127, 127]], dtype=np.int8)
        s = np.array([0.01, 1.0, 0.02])
        y = int8_linear(np.array([[1.0, -1.0], [0.5, 2.0]]), Wq, s, bias=np.array([0.0, 1.0, 0.0]))
        sx = 2.0 / 127
        expected = [[(64 * 127 + 64 * 50) * sx * 0.01, 1.0, (-64 * 127 - 64 * 127) * sx * 0.02],
                    [(32 * 127 - 127 * 50) * sx * 0.01, 1.0, (-32 * 127 + 127 * 127) * sx * 0.02]]
        check_close(y, expected, ATOL, RTOL, "int8_linear(x, Wq, s, bias)")

    def test_close_to_float_result(self):
        """On random data the int8 result is within 2% (of the output scale) of x @ W.T"""
        rng = np.random.default_rng(0)
        W, x = rng.normal(size=(6, 16)), rng.normal(size=(5, 16))
        Wq, s = quantize_per_channel(W)
        y = np.asarray(int8_linear(x, Wq, s))
        exact = x @ W.T
        check_close(y, exact, 0.02 * np.abs(exact).max(), 0, "int8 result vs float result")


if __name__ == "__main__":
    unittest.main()
