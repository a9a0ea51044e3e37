import copy
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import maxpool2d_backward, maxpool2d_forward

TOL = 1e-12


def _slow_forward(x, k, s):
    n_, c_, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    out = np.zeros((n_, c_, ho, wo))
    for n in range(n_):
        for c in range(c_):
            for i in range(ho):
                for j in range(wo):
                    out[n, c, i, j] = max(x[n, c, i * s + a, j * s + e] for a in range(k) for e in range(k))
    return out


def _slow_backward(dout, x, k, s):
    n_, c_, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    dx = np.zeros_like(x)
    for n in range(n_):
        for c in range(c_):
            for i in range(ho):
                for j in range(wo):
                    best = None
                    for a in range(k):  # row-major scan; strict > keeps the first maximum
                        for e in range(k):
                            v = x[n, c, i * s + a, j * s + e]
                            if best is None or v > best[0]:
                                best = (v, i * s + a, j * s + e)
                    dx[n, c, best[1], best[2]] += dout[n, c, i, j]
    return dx


class HiddenTests(unittest.TestCase):
    def test_forward_overlapping_random(self):
        """K=3, S=1 on random input matches a plain loop"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(2, 3, 6, 5))
        _orig_x = copy.deepcopy(x)
        got = maxpool2d_forward(x, 3, 1)
        check_shape(got, (2, 3, 4, 3), "output")
        check_close(got, _slow_forward(_orig_x, 3, 1), TOL, TOL, "output")

    def test_backward_with_many_ties(self):
        """Integer inputs with many ties, K=2, S=1: matches a first-maximum loop"""
        rng = np.random.default_rng(1)
        x = rng.integers(0, 3, size=(2, 2, 5, 6)).astype(float)
        dout = rng.normal(size=(2, 2, 4, 5))
        _orig_dout = copy.deepcopy(dout)
        _orig_x = copy.deepcopy(x)
        check_close(maxpool2d_backward(dout, x, 2, 1), _slow_backward(_orig_dout, _orig_x, 2, 1), TOL, TOL, "dx")

    def test_backward_stride_two_kernel_three(self):
        """K=3, S=2 (overlap by one row/column) on random input matches a loop"""
        rng = np.random.default_rng(2)
        x = rng.normal(size=(1, 2, 7, 7))
        dout = rng.normal(size=(1, 2, 3, 3))
        _orig_dout = copy.deepcopy(dout)
        _orig_x = copy.deepcopy(x)
        check_close(maxpool2d_backward(dout, x, 3, 2), _slow_backward(_orig_dout, _orig_x, 3, 2), TOL, TOL, "dx")

    def test_default_stride_is_kernel_size(self):
        """stride=None behaves like stride=kernel_size"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(1, 2, 6, 6))
        _orig_x = copy.deepcopy(x)
        check_close(maxpool2d_forward(x, 3), maxpool2d_forward(x, 3, 3), TOL, TOL, "forward")
        check_shape(maxpool2d_forward(x, 3), (1, 2, 2, 2), "forward with stride None")
        dout = rng.normal(size=(1, 2, 2, 2))
        _orig_dout = copy.deepcopy(dout)
        check_close(maxpool2d_backward(dout, x, 3), _slow_backward(_orig_dout, _orig_x, 3, 3), TOL, TOL, "dx")

    def test_leftover_border_ignored(self):
        """H=5, W=5 with K=2, S=2: output 2x2 and the last row and column get no gradient"""
        x = np.arange(25.0).reshape(1, 1, 5, 5)
        got = maxpool2d_forward(x, 2)
        check_close(got, [[[[6.0, 8.0], [16.0, 18.0]]]], TOL, TOL, "output")
        dx = maxpool2d_backward(np.ones((1, 1, 2, 2)), x, 2)
        check_shape(dx, (1, 1, 5, 5), "dx")
        check_close(dx[0, 0, 4, :], np.zeros(5), TOL, TOL, "dx of the last row")
        check_close(dx[0, 0, :, 4], np.zeros(5), TOL, TOL, "dx of the last column")

    def test_gradient_mass_is_preserved(self):
        """The entries of dx sum to the entries of dout"""
        rng = np.random.default_rng(4)
        x = rng.normal(size=(3, 2, 8, 8))
        dout = rng.normal(size=(3, 2, 3, 3))
        dx = maxpool2d_backward(dout, x, 4, 2)
        check_close(dx.sum(), dout.sum(), 1e-9, 1e-9, "sum of dx")

    def test_backward_matches_finite_differences(self):
        """Without ties, dx equals central finite differences of sum(dout * forward)"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(1, 1, 4, 5))
        dout = rng.normal(size=(1, 1, 3, 4))
        h = 1e-6
        num = np.zeros_like(x)
        for idx in np.ndindex(x.shape):
            xp, xm = x.copy(), x.copy()
            xp[idx] += h
            xm[idx] -= h
            num[idx] = (np.sum(dout * maxpool2d_forward(xp, 2, 1)) - np.sum(dout * maxpool2d_forward(xm, 2, 1))) / (2 * h)
        check_close(maxpool2d_backward(dout, x, 2, 1), num, 1e-6, 1e-6, "dx vs finite differences")

    def test_inputs_not_modified(self):
        """x and dout are unchanged by the calls"""
        rng = np.random.default_rng(6)
        x, dout = rng.normal(size=(1, 2, 4, 4)), rng.normal(size=(1, 2, 2, 2))
        xs, ds = x.copy(), dout.copy()
        maxpool2d_forward(x, 2)
        maxpool2d_backward(dout, x, 2)
        check_close(x, xs, 0, 0, "x after the calls")
        check_close(dout, ds, 0, 0, "dout after the calls")


from mlreps_check import check


class GapTests(unittest.TestCase):
    def test_integer_input_gives_float64(self):
        """Integer x: the forward output and dx are float64, and fractional gradients are kept"""
        x = np.array([[[[1, 3, 2, 2], [3, 0, 1, 2], [0, 0, 5, 4], [0, 0, 4, 5]]]])
        out = maxpool2d_forward(x, 2)
        check(isinstance(out, np.ndarray) and out.dtype == np.float64, "forward output must be float64 for integer x", "float64", getattr(out, "dtype", type(out).__name__))
        dx = maxpool2d_backward(np.array([[[[0.5, 0.25], [0.125, 1.5]]]]), x, 2)
        expected = np.zeros((1, 1, 4, 4))
        expected[0, 0, 0, 1], expected[0, 0, 0, 2], expected[0, 0, 2, 0], expected[0, 0, 2, 2] = 0.5, 0.25, 0.125, 1.5
        check_close(dx, expected, TOL, TOL, "dx for integer x")


if __name__ == "__main__":
    unittest.main()
