import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import lstm_cell_backward, lstm_cell_forward

ATOL, RTOL = 1e-9, 1e-7
NAMES = ("x", "h_prev", "c_prev", "Wx", "Wh", "b")


def _loop_forward(x, h_prev, c_prev, Wx, Wh, b):
    # The test's own forward pass, straight from the equations (sigmoid written through tanh).
    H = h_prev.shape[1]
    z = x @ Wx + h_prev @ Wh + b
    sig = lambda v: 0.5 * (1.0 + np.tanh(0.5 * v))
    i, f, g, o = sig(z[:, :H]), sig(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sig(z[:, 3 * H:])
    c = f * c_prev + i * g
    return o * np.tanh(c), c


def _numeric(dh, dc, args, step=1e-6):
    args = [np.array(a, dtype=float) for a in args]
    out = {}
    for k, name in enumerate(NAMES):
        g = np.zeros_like(args[k])
        for idx in np.ndindex(g.shape):
            plus = [a.copy() for a in args]
            minus = [a.copy() for a in args]
            plus[k][idx] += step
            minus[k][idx] -= step
            hp, cp = _loop_forward(*plus)
            hm, cm = _loop_forward(*minus)
            g[idx] = (np.sum(dh * hp) + np.sum(dc * cp) - np.sum(dh * hm) - np.sum(dc * cm)) / (2 * step)
        out["d" + name] = g
    return out


def _example():
    x = np.array([[1.0, -1.0]])
    h0 = np.array([[0.5]])
    c0 = np.array([[2.0]])
    Wx = np.array([[0.1, 0.2, 0.3, 0.4], [0.0, -0.1, 0.2, 0.1]])
    Wh = np.array([[0.5, -0.5, 0.25, 0.0]])
    b = np.array([0.0, 1.0, 0.0, 0.0])
    return x, h0, c0, Wx, Wh, b


class VisibleTests(unittest.TestCase):
    def test_forward_example(self):
        """Forward step on the README example"""
        args = _example()
        h, c = lstm_cell_forward(*args)
        eh, ec = _loop_forward(*args)
        check_close(h, eh, ATOL, RTOL, "h")
        check_close(c, ec, ATOL, RTOL, "c")

    def test_backward_example(self):
        """Backward step on the README example matches finite differences for every gradient"""
        args = _example()
        dh, dc = np.array([[1.0]]), np.array([[0.0]])
        got = lstm_cell_backward(dh, dc, *args)
        for key, expected in _numeric(dh, dc, args).items():
            check_close(got[key], expected, 1e-6, 1e-5, "%s vs finite differences" % key)

    def test_random_batch_shapes_and_values(self):
        """N=3, D=2, H=2 with both dh and dc non-zero: shapes and values of all six gradients"""
        rng = np.random.default_rng(0)
        args = [rng.normal(size=s) for s in ((3, 2), (3, 2), (3, 2), (2, 8), (2, 8), (8,))]
        dh, dc = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        got = lstm_cell_backward(dh, dc, *args)
        for key, expected in _numeric(dh, dc, args).items():
            check_shape(got[key], expected.shape, key)
            check_close(got[key], expected, 1e-6, 1e-5, "%s vs finite differences" % key)


if __name__ == "__main__":
    unittest.main()
