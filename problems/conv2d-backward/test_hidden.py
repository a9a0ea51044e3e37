import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import conv2d_backward

ATOL, RTOL = 1e-9, 1e-7


def _loop_backward(dout, x, w, S, P):
    # Straight from the definition: every output position sends gradient to its window.
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    dxp, dw, db = np.zeros_like(xp), np.zeros_like(w), np.zeros(F)
    for n in range(N):
        for f in range(F):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    g = dout[n, f, i, j]
                    db[f] += g
                    dw[f] += g * xp[n, :, i * S:i * S + KH, j * S:j * S + KW]
                    dxp[n, :, i * S:i * S + KH, j * S:j * S + KW] += g * w[f]
    return dxp[:, :, P:P + H, P:P + W], dw, db


def _check_all(got, expected, what):
    for name, g, e in zip(("dx", "dw", "db"), got, expected):
        check_shape(g, e.shape, "%s (%s)" % (name, what))
        check_close(g, e, ATOL, RTOL, "%s (%s)" % (name, what))


class HiddenTests(unittest.TestCase):
    def test_stride_two_with_padding(self):
        """Stride 2, padding 1, 3x3 kernels on a 6x6 input"""
        rng = np.random.default_rng(2)
        x, w = rng.normal(size=(2, 2, 6, 6)), rng.normal(size=(2, 2, 3, 3))
        dout = rng.normal(size=(2, 2, 3, 3))
        _check_all(conv2d_backward(dout, x, w, stride=2, padding=1), _loop_backward(dout, x, w, 2, 1), "stride 2, padding 1")

    def test_unreached_rows_get_zero_gradient(self):
        """A 6x7 input, 3x3 kernel, stride 2: the last row and column are never read, so dx is 0 there"""
        rng = np.random.default_rng(3)
        x, w = rng.normal(size=(1, 1, 6, 7)), rng.normal(size=(1, 1, 3, 3))
        dout = rng.normal(size=(1, 1, 2, 3))
        got = conv2d_backward(dout, x, w, stride=2)
        _check_all(got, _loop_backward(dout, x, w, 2, 0), "stride 2 with leftovers")
        check_close(np.asarray(got[0])[0, 0, 5, :], np.zeros(7), 0, 0, "dx in the unread last row")

    def test_overlapping_windows_accumulate(self):
        """Stride 1 with a 3x3 kernel: the centre of a 5x5 input sits in nine windows"""
        x = np.zeros((1, 1, 5, 5))
        w = np.ones((1, 1, 3, 3))
        dx, _, _ = conv2d_backward(np.ones((1, 1, 3, 3)), x, w)
        check_close(np.asarray(dx)[0, 0, 2, 2], 9.0, ATOL, RTOL, "dx at the centre")
        check_close(np.asarray(dx)[0, 0, 0, 0], 1.0, ATOL, RTOL, "dx at a corner")

    def test_non_square_kernel_and_stride_three(self):
        """A 2x4 kernel with stride 3 and padding 2 on a 7x8 input"""
        rng = np.random.default_rng(4)
        x, w = rng.normal(size=(2, 2, 7, 8)), rng.normal(size=(3, 2, 2, 4))
        Ho, Wo = (7 + 4 - 2) // 3 + 1, (8 + 4 - 4) // 3 + 1
        dout = rng.normal(size=(2, 3, Ho, Wo))
        _check_all(conv2d_backward(dout, x, w, stride=3, padding=2), _loop_backward(dout, x, w, 3, 2), "2x4 kernel, stride 3, padding 2")

    def test_kernel_as_large_as_padded_input(self):
        """A kernel covering the whole padded input gives a 1x1 output"""
        rng = np.random.default_rng(5)
        x, w = rng.normal(size=(3, 2, 2, 3)), rng.normal(size=(2, 2, 4, 5))
        dout = rng.normal(size=(3, 2, 1, 1))
        _check_all(conv2d_backward(dout, x, w, padding=1), _loop_backward(dout, x, w, 1, 1), "kernel as large as the padded input")

    def test_list_inputs(self):
        """Nested lists are accepted and give float64 results"""
        got = conv2d_backward([[[[1, 2], [3, 4]]]], [[[[1, 0, 2], [0, 1, 0], [3, 0, 1]]]], [[[[1, -1], [2, 0]]]])
        for name, g in zip(("dx", "dw", "db"), got):
            check(np.asarray(g).dtype == np.float64, "%s must be float64" % name, "float64", np.asarray(g).dtype)
        expected = _loop_backward(np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), np.array([[[[1.0, 0, 2], [0, 1, 0], [3, 0, 1]]]]),
                                  np.array([[[[1.0, -1], [2, 0]]]]), 1, 0)
        _check_all(got, expected, "list inputs")

    def test_invalid_arguments_raise(self):
        """A dout of the wrong shape, mismatched channels, or a bad stride or padding raise ValueError"""
        x, w = np.zeros((1, 2, 4, 4)), np.zeros((1, 2, 3, 3))
        with self.assertRaises(ValueError, msg="dout of shape (1, 1, 3, 3) for a 2x2 output"):
            conv2d_backward(np.zeros((1, 1, 3, 3)), x, w)
        with self.assertRaises(ValueError, msg="w with 3 channels for x with 2"):
            conv2d_backward(np.zeros((1, 1, 2, 2)), x, np.zeros((1, 3, 3, 3)))
        with self.assertRaises(ValueError, msg="stride=0"):
            conv2d_backward(np.zeros((1, 1, 2, 2)), x, w, stride=0)
        with self.assertRaises(ValueError, msg="padding=-1"):
            conv2d_backward(np.zeros((1, 1, 2, 2)), x, w, padding=-1)

    def test_inputs_not_modified(self):
        """x, w and dout are left unchanged"""
        rng = np.random.default_rng(6)
        x, w, dout = rng.normal(size=(1, 2, 5, 5)), rng.normal(size=(2, 2, 3, 3)), rng.normal(size=(1, 2, 3, 3))
        saved = (x.copy(), w.copy(), dout.copy())
        conv2d_backward(dout, x, w, stride=2, padding=1)
        for name, a, s in zip(("x", "w", "dout"), (x, w, dout), saved):
            check_close(a, s, 0, 0, "%s after the call" % name)


if __name__ == "__main__":
    unittest.main()
