import copy
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


class HiddenTests(unittest.TestCase):
    def test_stride_padding_nonsquare_kernel(self):
        """Stride 2, padding 1, 3x2 kernel, several channels and filters: matches a plain loop"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(2, 3, 7, 6))
        w = rng.normal(size=(4, 3, 3, 2))
        b = rng.normal(size=4)
        _orig_x = copy.deepcopy(x)
        _orig_w = copy.deepcopy(w)
        _orig_b = copy.deepcopy(b)
        got = conv2d_forward(x, w, b, stride=2, padding=1)
        check_shape(got, (2, 4, 4, 4), "output")
        check_close(got, _slow_conv(_orig_x, _orig_w, _orig_b, 2, 1), ATOL, RTOL, "output")

    def test_zero_padding_counts_neighbours(self):
        """A 3x3 ones kernel on a ones image with padding 1 counts in-bounds pixels (4, 6, 9)"""
        got = conv2d_forward(np.ones((1, 1, 4, 4)), np.ones((1, 1, 3, 3)), np.array([0.0]), padding=1)
        expected = [[4, 6, 6, 4], [6, 9, 9, 6], [6, 9, 9, 6], [4, 6, 6, 4]]
        check_close(got, [[expected]], ATOL, RTOL, "output")

    def test_one_by_one_conv_mixes_channels(self):
        """A 1x1 convolution is a per-pixel matrix product over channels"""
        rng = np.random.default_rng(2)
        x = rng.normal(size=(3, 4, 5, 5))
        w = rng.normal(size=(2, 4, 1, 1))
        b = rng.normal(size=2)
        expected = np.zeros((3, 2, 5, 5))
        for f in range(2):
            expected[:, f] = b[f] + sum(w[f, c, 0, 0] * x[:, c] for c in range(4))
        check_close(conv2d_forward(x, w, b), expected, ATOL, RTOL, "output")

    def test_bias_per_filter(self):
        """With zero weights every output map equals its filter's bias"""
        x = np.random.default_rng(3).normal(size=(2, 2, 4, 3))
        b = np.array([1.5, -2.0, 0.25])
        got = conv2d_forward(x, np.zeros((3, 2, 2, 2)), b)
        check_shape(got, (2, 3, 3, 2), "output")
        check_close(got, np.broadcast_to(b[None, :, None, None], (2, 3, 3, 2)), ATOL, RTOL, "output")

    def test_stride_larger_than_kernel(self):
        """Stride 3 with a 2x2 kernel skips pixels and drops the leftover border"""
        rng = np.random.default_rng(4)
        x = rng.normal(size=(1, 2, 8, 7))
        w = rng.normal(size=(3, 2, 2, 2))
        b = rng.normal(size=3)
        _orig_x = copy.deepcopy(x)
        _orig_w = copy.deepcopy(w)
        _orig_b = copy.deepcopy(b)
        got = conv2d_forward(x, w, b, stride=3)
        check_shape(got, (1, 3, 3, 2), "output")
        check_close(got, _slow_conv(_orig_x, _orig_w, _orig_b, 3, 0), ATOL, RTOL, "output")

    def test_kernel_covers_whole_input(self):
        """A kernel the size of the input gives one number: the full dot product plus bias"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(2, 3, 4, 4))
        w = rng.normal(size=(1, 3, 4, 4))
        got = conv2d_forward(x, w, np.array([0.7]))
        check_shape(got, (2, 1, 1, 1), "output")
        check_close(got[:, 0, 0, 0], [np.sum(x[0] * w[0]) + 0.7, np.sum(x[1] * w[0]) + 0.7], ATOL, RTOL, "output")

    def test_translation_equivariance(self):
        """Shifting the input by one column shifts the output by one column (stride 1, no padding)"""
        rng = np.random.default_rng(6)
        x = rng.normal(size=(1, 2, 5, 8))
        w = rng.normal(size=(2, 2, 3, 3))
        b = rng.normal(size=2)
        full = conv2d_forward(x, w, b)
        shifted = conv2d_forward(x[:, :, :, 1:], w, b)
        check_close(shifted, full[:, :, :, 1:], ATOL, RTOL, "output of the shifted input")

    def test_inputs_not_modified(self):
        """x, w and b are unchanged by the call"""
        rng = np.random.default_rng(7)
        x, w, b = rng.normal(size=(1, 2, 5, 5)), rng.normal(size=(2, 2, 3, 3)), rng.normal(size=2)
        saved = [a.copy() for a in (x, w, b)]
        conv2d_forward(x, w, b, stride=2, padding=2)
        for name, a, s in zip("xwb", (x, w, b), saved):
            check_close(a, s, 0, 0, name + " after the call")


if __name__ == "__main__":
    unittest.main()
