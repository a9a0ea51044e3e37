import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
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


class HiddenTests(unittest.TestCase):
    def test_zero_preactivations(self):
        """All pre-activations exactly 0 with dh = dc = 1: i=f=o=0.5, g=0 give exact gradients"""
        N, D, H = 2, 3, 2
        args = [np.zeros((N, D)), np.zeros((N, H)), np.zeros((N, H)), np.zeros((D, 4 * H)), np.zeros((H, 4 * H)), np.zeros(4 * H)]
        got = lstm_cell_backward(np.ones((N, H)), np.ones((N, H)), *args)
        check_close(got["dc_prev"], np.full((N, H), 0.75), ATOL, RTOL, "dc_prev")
        check_close(got["db"], [0, 0, 0, 0, 1.5, 1.5, 0, 0], ATOL, RTOL, "db")
        check_close(got["dx"], np.zeros((N, D)), ATOL, RTOL, "dx")

    def test_dc_from_later_steps_only(self):
        """dh = 0, dc != 0: only the cell path carries gradient (do = 0, dc_prev = dc * f)"""
        rng = np.random.default_rng(1)
        args = [rng.normal(size=s) for s in ((2, 3), (2, 2), (2, 2), (3, 8), (2, 8), (8,))]
        dh, dc = np.zeros((2, 2)), rng.normal(size=(2, 2))
        got = lstm_cell_backward(dh, dc, *args)
        for key, expected in _numeric(dh, dc, args).items():
            check_close(got[key], expected, 1e-6, 1e-5, "%s with dh = 0" % key)

    def test_dh_only_reaches_the_cell(self):
        """dc = 0, dh != 0: the gradient still reaches c_prev through tanh(c)"""
        rng = np.random.default_rng(2)
        args = [rng.normal(size=s) for s in ((2, 2), (2, 3), (2, 3), (2, 12), (3, 12), (12,))]
        dh, dc = rng.normal(size=(2, 3)), np.zeros((2, 3))
        got = lstm_cell_backward(dh, dc, *args)
        for key, expected in _numeric(dh, dc, args).items():
            check_close(got[key], expected, 1e-6, 1e-5, "%s with dc = 0" % key)

    def test_gate_order(self):
        """A large bias on the forget block only (columns H..2H) keeps c close to c_prev"""
        H = 2
        b = np.zeros(4 * H)
        b[H:2 * H] = 30.0
        b[0:H] = -30.0
        c_prev = np.array([[1.5, -2.0]])
        _, c = lstm_cell_forward(np.zeros((1, 1)), np.zeros((1, H)), c_prev, np.zeros((1, 4 * H)), np.zeros((H, 4 * H)), b)
        check_close(c, c_prev, 1e-9, 1e-9, "c with the forget gate open and the input gate shut")

    def test_large_preactivations_are_finite(self):
        """Pre-activations near +-1000 give finite outputs and gradients without overflow warnings"""
        import warnings
        x = np.array([[1000.0], [-1000.0]])
        args = [x, np.zeros((2, 1)), np.ones((2, 1)), np.ones((1, 4)), np.zeros((1, 4)), np.zeros(4)]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            h, c = lstm_cell_forward(*args)
            got = lstm_cell_backward(np.ones((2, 1)), np.ones((2, 1)), *args)
        check_close(h, [[math.tanh(2.0)], [0.0]], 1e-9, 1e-9, "h for z = +-1000")
        check_close(c, [[2.0], [0.0]], 1e-9, 1e-9, "c for z = +-1000")
        for key, v in got.items():
            check(np.all(np.isfinite(v)), "%s must be finite" % key, "finite values", v)

    def test_integer_lists_give_float64(self):
        """Integer nested lists are accepted; results are float64"""
        args = [[[1, 0]], [[0]], [[1]], [[1, 0, 1, 0], [0, 1, 0, 1]], [[1, 1, 1, 1]], [0, 0, 0, 0]]
        h, c = lstm_cell_forward(*args)
        check(np.asarray(h).dtype == np.float64, "h must be float64", "float64", np.asarray(h).dtype)
        got = lstm_cell_backward([[1]], [[1]], *args)
        for key, expected in _numeric(np.array([[1.0]]), np.array([[1.0]]), [np.array(a, dtype=float) for a in args]).items():
            check_close(got[key], expected, 1e-6, 1e-5, "%s for integer inputs" % key)

    def test_shape_errors(self):
        """Wrong Wx, b or dh shapes raise ValueError"""
        rng = np.random.default_rng(3)
        args = [rng.normal(size=s) for s in ((2, 3), (2, 2), (2, 2), (3, 8), (2, 8), (8,))]
        bad_wx = list(args)
        bad_wx[3] = rng.normal(size=(3, 6))
        with self.assertRaises(ValueError, msg="Wx of shape (3, 6) for H=2"):
            lstm_cell_forward(*bad_wx)
        bad_b = list(args)
        bad_b[5] = np.zeros((1, 8))
        with self.assertRaises(ValueError, msg="b of shape (1, 8)"):
            lstm_cell_forward(*bad_b)
        with self.assertRaises(ValueError, msg="dh of shape (2, 3)"):
            lstm_cell_backward(np.zeros((2, 3)), np.zeros((2, 2)), *args)

    def test_inputs_not_modified(self):
        """No input array is changed"""
        rng = np.random.default_rng(4)
        args = [rng.normal(size=s) for s in ((2, 3), (2, 2), (2, 2), (3, 8), (2, 8), (8,))]
        dh, dc = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        saved = [a.copy() for a in args] + [dh.copy(), dc.copy()]
        lstm_cell_forward(*args)
        lstm_cell_backward(dh, dc, *args)
        for name, a, s in zip(NAMES + ("dh", "dc"), args + [dh, dc], saved):
            check_close(a, s, 0, 0, "%s after the calls" % name)


if __name__ == "__main__":
    unittest.main()
