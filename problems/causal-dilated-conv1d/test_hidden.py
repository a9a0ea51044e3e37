import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import causal_conv1d, causal_conv1d_backward

ATOL, RTOL = 1e-9, 1e-7
GATOL, GRTOL = 1e-6, 1e-5


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


def _loop_backward(dy, x, w, d):
    # Every output sends its upstream gradient back along the taps that produced it.
    N, C, T = x.shape
    O, _, K = w.shape
    dx, dw, db = np.zeros(x.shape), np.zeros(w.shape), np.zeros(O)
    for n in range(N):
        for o in range(O):
            for t in range(T):
                g = dy[n, o, t]
                db[o] += g
                for c in range(C):
                    for k in range(K):
                        src = t - (K - 1 - k) * d
                        if src >= 0:
                            dw[o, c, k] += g * x[n, c, src]
                            dx[n, c, src] += g * w[o, c, k]
    return dx, dw, db


def _numeric_grads(dy, x, w, b, d, h=1e-5):
    # Central differences of L = sum(dy * y) through the solution's own forward pass.
    def loss(xx, ww, bb):
        return float(np.sum(dy * np.asarray(causal_conv1d(xx, ww, bb, dilation=d))))
    grads = []
    for which, arr in enumerate((x, w, b)):
        g = np.zeros(arr.shape)
        for idx in np.ndindex(arr.shape):
            plus, minus = [a.copy() for a in (x, w, b)], [a.copy() for a in (x, w, b)]
            plus[which][idx] += h
            minus[which][idx] -= h
            g[idx] = (loss(*plus) - loss(*minus)) / (2 * h)
        grads.append(g)
    return grads


class HiddenTests(unittest.TestCase):
    def test_numerical_gradient_check(self):
        """dx, dw and db match central finite differences (K = 3, dilation 2, two channels in and out)"""
        rng = np.random.default_rng(1)
        x, w, b = rng.normal(size=(2, 2, 6)), rng.normal(size=(3, 2, 3)), rng.normal(size=3)
        dy = rng.normal(size=(2, 3, 6))
        got = causal_conv1d_backward(dy, x, w, dilation=2)
        for name, g, e in zip(("dx", "dw", "db"), got, _numeric_grads(dy, x, w, b, 2)):
            check_shape(g, e.shape, name)
            check_close(g, e, GATOL, GRTOL, "%s against finite differences" % name)

    def test_forward_and_backward_match_loops(self):
        """Dilations 1, 2 and 3 with K = 1, 2 and 4 match loops over the definition"""
        rng = np.random.default_rng(2)
        for d, K in ((1, 4), (2, 2), (3, 4), (2, 1)):
            x, w, b = rng.normal(size=(3, 2, 9)), rng.normal(size=(2, 2, K)), rng.normal(size=2)
            dy = rng.normal(size=(3, 2, 9))
            check_close(causal_conv1d(x, w, b, dilation=d), _loop_forward(x, w, b, d), ATOL, RTOL, "y (dilation %d, K %d)" % (d, K))
            for name, g, e in zip(("dx", "dw", "db"), causal_conv1d_backward(dy, x, w, dilation=d), _loop_backward(dy, x, w, d)):
                check_close(g, e, ATOL, RTOL, "%s (dilation %d, K %d)" % (name, d, K))

    def test_future_inputs_do_not_leak(self):
        """Changing x from time 5 on leaves y[:, :, :5] unchanged, and dy at time 4 sends no gradient to x after time 4"""
        rng = np.random.default_rng(3)
        x, w, b = rng.normal(size=(2, 2, 10)), rng.normal(size=(2, 2, 3)), rng.normal(size=2)
        y1 = np.asarray(causal_conv1d(x, w, b, dilation=2))
        x2 = x.copy()
        x2[:, :, 5:] += 100.0
        y2 = np.asarray(causal_conv1d(x2, w, b, dilation=2))
        check_close(y2[:, :, :5], y1[:, :, :5], 0, 1e-12, "y before time 5 after changing x from time 5 on")
        dy = np.zeros((2, 2, 10))
        dy[:, :, 4] = 1.0
        dx, _, _ = causal_conv1d_backward(dy, x, w, dilation=2)
        check_close(np.asarray(dx)[:, :, 5:], np.zeros((2, 2, 5)), 0, 0, "dx after time 4 for a gradient at time 4 only")
        check(np.all(np.asarray(dx)[:, :, [0, 2, 4]] != 0), "dx must be non-zero at the three tapped times 0, 2 and 4",
              "non-zero", np.asarray(dx)[:, :, [0, 2, 4]])

    def test_receptive_field_longer_than_sequence(self):
        """K = 4, dilation 3 on T = 4: only the last two taps ever see real inputs"""
        rng = np.random.default_rng(4)
        x, w, b = rng.normal(size=(1, 2, 4)), rng.normal(size=(3, 2, 4)), rng.normal(size=3)
        dy = rng.normal(size=(1, 3, 4))
        check_close(causal_conv1d(x, w, b, dilation=3), _loop_forward(x, w, b, 3), ATOL, RTOL, "y")
        dx, dw, db = causal_conv1d_backward(dy, x, w, dilation=3)
        for name, g, e in zip(("dx", "dw", "db"), (dx, dw, db), _loop_backward(dy, x, w, 3)):
            check_shape(g, e.shape, name)
            check_close(g, e, ATOL, RTOL, name)
        check_close(np.asarray(dw)[:, :, :2], np.zeros((3, 2, 2)), 0, 0, "dw of the taps that reach before time 0")

    def test_lists_and_integers(self):
        """Integer nested lists give float64 results"""
        y = causal_conv1d([[[1, 2, 3]]], [[[1, 1]]], [0])
        check_equal(np.asarray(y).dtype, np.dtype(np.float64), "dtype of y")
        check_close(y, [[[1.0, 3.0, 5.0]]], ATOL, RTOL, "y of integer lists")
        got = causal_conv1d_backward([[[1, 0, 0]]], [[[1, 2, 3]]], [[[2, 1]]])
        for name, g in zip(("dx", "dw", "db"), got):
            check_equal(np.asarray(g).dtype, np.dtype(np.float64), "dtype of %s" % name)
        check_close(got[0], [[[1.0, 0.0, 0.0]]], ATOL, RTOL, "dx of integer lists")
        check_close(got[1], [[[0.0, 1.0]]], ATOL, RTOL, "dw of integer lists")

    def test_invalid_arguments(self):
        """Wrong dimensions, mismatched channels, a bad bias, dy or dilation raise ValueError"""
        x, w, b = np.zeros((1, 2, 5)), np.zeros((3, 2, 2)), np.zeros(3)
        check_raises(ValueError, causal_conv1d, np.zeros((2, 5)), w, b, what="a 2-D x")
        check_raises(ValueError, causal_conv1d, x, np.zeros((3, 2)), b, what="a 2-D w")
        check_raises(ValueError, causal_conv1d, x, np.zeros((3, 4, 2)), b, what="w with 4 input channels for x with 2")
        check_raises(ValueError, causal_conv1d, x, w, np.zeros(2), what="b of shape (2,) for 3 output channels")
        for d in (0, -1, 2.0, True):
            check_raises(ValueError, causal_conv1d, x, w, b, dilation=d, what="causal_conv1d with dilation = %r" % (d,))
            check_raises(ValueError, causal_conv1d_backward, np.zeros((1, 3, 5)), x, w, dilation=d, what="backward with dilation = %r" % (d,))
        check_raises(ValueError, causal_conv1d_backward, np.zeros((1, 3, 4)), x, w, what="dy of shape (1, 3, 4) for T = 5")
        check_raises(ValueError, causal_conv1d_backward, np.zeros((1, 2, 5)), x, w, what="dy with 2 channels for C_out = 3")

    def test_inputs_not_modified(self):
        """x, w, b and dy are left unchanged"""
        rng = np.random.default_rng(5)
        x, w, b, dy = rng.normal(size=(2, 2, 6)), rng.normal(size=(2, 2, 3)), rng.normal(size=2), rng.normal(size=(2, 2, 6))
        saved = [a.copy() for a in (x, w, b, dy)]
        causal_conv1d(x, w, b, dilation=2)
        causal_conv1d_backward(dy, x, w, dilation=2)
        for name, a, s in zip(("x", "w", "b", "dy"), (x, w, b, dy), saved):
            check_close(a, s, 0, 0, "%s after the calls" % name)


if __name__ == "__main__":
    unittest.main()
