import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import rmsnorm_backward, rmsnorm_forward

ATOL, RTOL = 1e-9, 1e-7


def _loss(dout, x, w, eps):
    x = np.asarray(x, dtype=float).reshape(-1, len(w))
    dout = np.asarray(dout, dtype=float).reshape(-1, len(w))
    total = 0.0
    for row, drow in zip(x, dout):
        r = math.sqrt(sum(v * v for v in row) / len(row) + eps)
        total += sum(d * wi * v / r for d, wi, v in zip(drow, w, row))
    return total


def _numeric_grads(dout, x, w, eps, h=1e-6):
    x = np.array(x, dtype=float)
    w = np.array(w, dtype=float)
    gx = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        gx[idx] = (_loss(dout, xp, w, eps) - _loss(dout, xm, w, eps)) / (2 * h)
    gw = np.zeros_like(w)
    for j in range(len(w)):
        wp, wm = w.copy(), w.copy()
        wp[j] += h
        wm[j] -= h
        gw[j] = (_loss(dout, x, wp, eps) - _loss(dout, x, wm, eps)) / (2 * h)
    return gx, gw


class HiddenTests(unittest.TestCase):
    def test_3d_input_both_gradients(self):
        """A (2, 3, 4) batch: dx and dweight (summed over both leading axes) match finite differences"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(2, 3, 4)) * 2
        w = rng.normal(size=4)
        dout = rng.normal(size=(2, 3, 4))
        dx, dw = rmsnorm_backward(dout, x, w, eps=1e-4)
        gx, gw = _numeric_grads(dout, x, w, 1e-4)
        check_shape(dx, (2, 3, 4), "dx")
        check_shape(dw, (4,), "dweight")
        check_close(dx, gx, 1e-6, 1e-5, "dx vs finite differences")
        check_close(dw, gw, 1e-6, 1e-5, "dweight vs finite differences")

    def test_eps_inside_the_square_root(self):
        """With a large eps (0.5) the forward and dx follow sqrt(mean(x**2) + eps)"""
        x = np.array([[0.3, -0.4, 0.5]])
        w = np.array([1.0, 1.0, 2.0])
        r = math.sqrt((0.09 + 0.16 + 0.25) / 3 + 0.5)
        check_close(rmsnorm_forward(x, w, eps=0.5), [[0.3 / r, -0.4 / r, 1.0 / r]], ATOL, RTOL, "forward with eps=0.5")
        dout = np.array([[1.0, 2.0, -1.0]])
        gx, _ = _numeric_grads(dout, x, w, 0.5)
        dx, _ = rmsnorm_backward(dout, x, w, eps=0.5)
        check_close(dx, gx, 1e-6, 1e-5, "dx with eps=0.5")

    def test_zero_row_is_finite(self):
        """A row of zeros: out is 0 and dx = dout * weight / sqrt(eps), no nan"""
        x = np.zeros((1, 3))
        w = np.array([1.0, -2.0, 0.5])
        dout = np.array([[1.0, 1.0, 4.0]])
        out = rmsnorm_forward(x, w, eps=1e-4)
        check_close(out, np.zeros((1, 3)), ATOL, RTOL, "forward of a zero row")
        dx, dw = rmsnorm_backward(dout, x, w, eps=1e-4)
        check(np.all(np.isfinite(dx)), "dx of a zero row must be finite", "finite", dx)
        check_close(dx, [[100.0, -200.0, 200.0]], ATOL, RTOL, "dx of a zero row (eps=1e-4)")
        check_close(dw, [0.0, 0.0, 0.0], ATOL, RTOL, "dweight of a zero row")

    def test_scale_invariance_of_forward(self):
        """rmsnorm_forward(c * x) equals rmsnorm_forward(x) for large c when eps is negligible"""
        rng = np.random.default_rng(9)
        x = rng.normal(size=(4, 6))
        w = rng.normal(size=6)
        check_close(rmsnorm_forward(1e3 * x, w, eps=1e-12), rmsnorm_forward(x, w, eps=1e-12), 1e-9, 1e-6, "forward of 1000 * x")
        # dx is orthogonal to x in each row when eps is negligible (scale invariance).
        dx, _ = rmsnorm_backward(rng.normal(size=(4, 6)), x, w, eps=1e-12)
        check_close(np.sum(np.asarray(dx) * x, axis=-1), np.zeros(4), 1e-9, 0, "row-wise dot(dx, x)")

    def test_no_mean_subtraction(self):
        """A constant row is not centred: [2, 2, 2] maps to weight, not to 0"""
        w = np.array([1.0, 2.0, 3.0])
        check_close(rmsnorm_forward(np.array([2.0, 2.0, 2.0]), w, eps=1e-12), [1.0, 2.0, 3.0], ATOL, RTOL, "forward of [2, 2, 2]")

    def test_integer_and_list_inputs_give_float64(self):
        """Integer lists are accepted; both functions return float64 arrays"""
        out = rmsnorm_forward([[1, 2], [3, 4]], [1, 1])
        check_equal(np.asarray(out).dtype, np.dtype(np.float64), "dtype of forward")
        dx, dw = rmsnorm_backward([[1, 0], [0, 1]], [[1, 2], [3, 4]], [1, 1])
        check_equal(np.asarray(dx).dtype, np.dtype(np.float64), "dtype of dx")
        check_equal(np.asarray(dw).dtype, np.dtype(np.float64), "dtype of dweight")
        gx, gw = _numeric_grads([[1, 0], [0, 1]], [[1, 2], [3, 4]], [1, 1], 1e-6)
        check_close(dx, gx, 1e-6, 1e-5, "dx for integer input")
        check_close(dw, gw, 1e-6, 1e-5, "dweight for integer input")

    def test_shape_errors(self):
        """Wrong weight shape or dout shape raises ValueError"""
        x = np.ones((2, 3))
        with self.assertRaises(ValueError, msg="weight of shape (4,) for D=3"):
            rmsnorm_forward(x, np.ones(4))
        with self.assertRaises(ValueError, msg="weight of shape (1, 3)"):
            rmsnorm_forward(x, np.ones((1, 3)))
        with self.assertRaises(ValueError, msg="dout of shape (3, 2) for x of shape (2, 3)"):
            rmsnorm_backward(np.ones((3, 2)), x, np.ones(3))

    def test_inputs_not_modified(self):
        """x, weight and dout are left unchanged"""
        rng = np.random.default_rng(2)
        x, w, dout = rng.normal(size=(3, 4)), rng.normal(size=4), rng.normal(size=(3, 4))
        saved = (x.copy(), w.copy(), dout.copy())
        rmsnorm_forward(x, w)
        rmsnorm_backward(dout, x, w)
        for name, a, b in zip(("x", "weight", "dout"), (x, w, dout), saved):
            check_close(a, b, 0, 0, "%s after the calls" % name)


if __name__ == "__main__":
    unittest.main()
