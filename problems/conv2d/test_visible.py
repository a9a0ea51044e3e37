import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import conv2d_forward

ATOL, RTOL = 1e-9, 1e-7


def _slow_conv(x, w, b, stride, padding):
    # Direct translation of the formula, skipping taps that land in the zero border.
    n_, c_, h_, w_ = x.shape
    f_, _, kh, kw = w.shape
    ho = (h_ + 2 * padding - kh) // stride + 1
    wo = (w_ + 2 * padding - kw) // stride + 1
    out = np.zeros((n_, f_, ho, wo))
    for n in range(n_):
        for f in range(f_):
            for i in range(ho):
                for j in range(wo):
                    total = b[f]
                    for c in range(c_):
                        for a in range(kh):
                            for e in range(kw):
                                r, s = i * stride + a - padding, j * stride + e - padding
                                if 0 <= r < h_ and 0 <= s < w_:
                                    total += w[f, c, a, e] * x[n, c, r, s]
                    out[n, f, i, j] = total
    return out


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README kernel [[1, 0], [0, -1]] gives -5 + 0.5 everywhere (no kernel flip)"""
        x = np.arange(16.0).reshape(1, 1, 4, 4)
        w = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
        got = conv2d_forward(x, w, np.array([0.5]))
        check_shape(got, (1, 1, 3, 3), "output")
        check_close(got, np.full((1, 1, 3, 3), -4.5), ATOL, RTOL, "output")

    def test_output_shape_with_stride_and_padding(self):
        """H=5, W=7, kernel 3x2, stride 2, padding 1 gives a 3x4 output"""
        x = np.ones((2, 3, 5, 7))
        w = np.ones((4, 3, 3, 2))
        got = conv2d_forward(x, w, np.zeros(4), stride=2, padding=1)
        check_shape(got, (2, 4, 3, 4), "output")

    def test_random_matches_loop(self):
        """Random input, 2 filters, 3x3 kernel, stride 1, no padding: matches a plain loop"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(2, 3, 6, 5))
        w = rng.normal(size=(2, 3, 3, 3))
        b = rng.normal(size=2)
        check_close(conv2d_forward(x, w, b), _slow_conv(x, w, b, 1, 0), ATOL, RTOL, "output")


if __name__ == "__main__":
    unittest.main()
