import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import causal_conv1d, causal_conv1d_backward

ATOL, RTOL = 1e-9, 1e-7


def _loop_forward(x, w, b, d):
    # Straight from the definition, one output at a time.
    N, C, T = x.shape
    O, _, K = w.shape
    y = np.zeros((N, O, T))
    for n in range(N):
        for o in range(O):
            for t in range(T):
                s = b[o]
                for c in range(C):
                    for k in range(K):
                        src = t - (K - 1 - k) * d
                        if src >= 0:
                            s += w[o, c, k] * x[n, c, src]
                y[n, o, t] = s
    return y


class VisibleTests(unittest.TestCase):
    def test_worked_example_forward(self):
        """The README example: K = 2, dilation 2, bias 0.5"""
        x = np.array([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
        w = np.array([[[10.0, 1.0]]])
        got = causal_conv1d(x, w, np.array([0.5]), dilation=2)
        check_shape(got, (1, 1, 5), "y")
        check_close(got, [[[1.5, 2.5, 13.5, 24.5, 35.5]]], ATOL, RTOL, "y")

    def test_worked_example_backward(self):
        """The README example: gradients for an all-ones upstream gradient"""
        x = np.array([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
        w = np.array([[[10.0, 1.0]]])
        dx, dw, db = causal_conv1d_backward(np.ones((1, 1, 5)), x, w, dilation=2)
        check_close(dx, [[[11.0, 11.0, 11.0, 1.0, 1.0]]], ATOL, RTOL, "dx")
        check_close(dw, [[[6.0, 15.0]]], ATOL, RTOL, "dw")
        check_close(db, [5.0], ATOL, RTOL, "db")

    def test_multi_channel_forward(self):
        """N = 2, C_in = 3, C_out = 2, K = 3, dilation 1 matches a loop over the definition"""
        rng = np.random.default_rng(0)
        x, w, b = rng.normal(size=(2, 3, 7)), rng.normal(size=(2, 3, 3)), rng.normal(size=2)
        check_close(causal_conv1d(x, w, b), _loop_forward(x, w, b, 1), ATOL, RTOL, "y")


if __name__ == "__main__":
    unittest.main()
