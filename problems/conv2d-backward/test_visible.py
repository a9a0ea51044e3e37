import unittest

import numpy as np

from mlreps_check import check_close, check_shape
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


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: 3x3 input, 2x2 kernel, all-ones upstream gradient"""
        x = np.arange(9.0).reshape(1, 1, 3, 3)
        w = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
        dx, dw, db = conv2d_backward(np.ones((1, 1, 2, 2)), x, w)
        check_close(dx, [[[[1, 3, 2], [4, 10, 6], [3, 7, 4]]]], ATOL, RTOL, "dx")
        check_close(dw, [[[[8, 12], [20, 24]]]], ATOL, RTOL, "dw")
        check_close(db, [4.0], ATOL, RTOL, "db")

    def test_multi_channel_no_padding(self):
        """N=2, C=3, F=2, 3x3 kernels on a 5x5 input, stride 1, no padding"""
        rng = np.random.default_rng(0)
        x, w = rng.normal(size=(2, 3, 5, 5)), rng.normal(size=(2, 3, 3, 3))
        dout = rng.normal(size=(2, 2, 3, 3))
        _check_all(conv2d_backward(dout, x, w), _loop_backward(dout, x, w, 1, 0), "stride 1, padding 0")

    def test_padding_one(self):
        """Padding 1 keeps the 4x4 size; dx has the unpadded shape"""
        rng = np.random.default_rng(1)
        x, w = rng.normal(size=(1, 2, 4, 4)), rng.normal(size=(3, 2, 3, 3))
        dout = rng.normal(size=(1, 3, 4, 4))
        _check_all(conv2d_backward(dout, x, w, padding=1), _loop_backward(dout, x, w, 1, 1), "stride 1, padding 1")


if __name__ == "__main__":
    unittest.main()
