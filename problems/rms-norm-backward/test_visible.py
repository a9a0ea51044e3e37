import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import rmsnorm_backward, rmsnorm_forward

ATOL, RTOL = 1e-9, 1e-7


def _loss(dout, x, w, eps):
    # sum(dout * out), written row by row with plain Python arithmetic.
    x = np.asarray(x, dtype=float).reshape(-1, len(w))
    dout = np.asarray(dout, dtype=float).reshape(-1, len(w))
    total = 0.0
    for row, drow in zip(x, dout):
        r = math.sqrt(sum(v * v for v in row) / len(row) + eps)
        total += sum(d * wi * v / r for d, wi, v in zip(drow, w, row))
    return total


def _numeric_dx(dout, x, w, eps, h=1e-6):
    x = np.array(x, dtype=float)
    g = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        g[idx] = (_loss(dout, xp, w, eps) - _loss(dout, xm, w, eps)) / (2 * h)
    return g


class VisibleTests(unittest.TestCase):
    def test_forward_example(self):
        """Forward pass on the worked example: rows scaled by 1/sqrt(12.5) and 1"""
        x = np.array([[3.0, 4.0], [1.0, -1.0]])
        w = np.array([1.0, 2.0])
        got = rmsnorm_forward(x, w, eps=1e-12)
        check_shape(got, (2, 2), "rmsnorm_forward(x, w)")
        s = 1 / math.sqrt(12.5)
        check_close(got, [[3 * s, 8 * s], [1.0, -2.0]], ATOL, RTOL, "rmsnorm_forward(x, w)")

    def test_backward_example(self):
        """Backward pass on the worked example matches the hand-derived gradients"""
        x = np.array([[3.0, 4.0], [1.0, -1.0]])
        w = np.array([1.0, 2.0])
        dx, dw = rmsnorm_backward(np.array([[1.0, 0.0], [0.0, 1.0]]), x, w, eps=1e-12)
        r = math.sqrt(12.5)
        check_close(dx, [[(1 - 3 * 1.5 / 12.5) / r, (-4 * 1.5 / 12.5) / r], [1.0, 1.0]], ATOL, RTOL, "dx")
        check_close(dw, [3 / r, -1.0], ATOL, RTOL, "dweight")

    def test_dx_matches_finite_differences(self):
        """dx matches central finite differences on a random 3x5 batch"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(3, 5))
        w = rng.normal(size=5)
        dout = rng.normal(size=(3, 5))
        dx, _ = rmsnorm_backward(dout, x, w, eps=1e-5)
        check_close(dx, _numeric_dx(dout, x, w, 1e-5), 1e-6, 1e-5, "dx vs finite differences")


if __name__ == "__main__":
    unittest.main()
