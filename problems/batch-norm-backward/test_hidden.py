import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import batchnorm_backward

ATOL, RTOL = 1e-9, 1e-7


def _forward(x, gamma, eps):
    # The test's own forward pass; channels on axis 1.
    axes = (0,) if x.ndim == 2 else (0, 2, 3)
    shape = (1, -1) if x.ndim == 2 else (1, -1, 1, 1)
    mu = x.mean(axis=axes, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=axes, keepdims=True)
    return gamma.reshape(shape) * (x - mu) / np.sqrt(var + eps)


def _numeric(dout, x, gamma, eps, h=1e-6):
    x, gamma = np.array(x, dtype=float), np.array(gamma, dtype=float)
    dx, dg = np.zeros_like(x), np.zeros_like(gamma)
    for idx in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[idx] += h
        xm[idx] -= h
        dx[idx] = (np.sum(dout * _forward(xp, gamma, eps)) - np.sum(dout * _forward(xm, gamma, eps))) / (2 * h)
    for k in range(len(gamma)):
        gp, gm = gamma.copy(), gamma.copy()
        gp[k] += h
        gm[k] -= h
        dg[k] = (np.sum(dout * _forward(x, gp, eps)) - np.sum(dout * _forward(x, gm, eps))) / (2 * h)
    axes = (0,) if x.ndim == 2 else (0, 2, 3)
    return dx, dg, np.asarray(dout, dtype=float).sum(axis=axes)


def _check_all(got, expected, what):
    for name, g, e in zip(("dx", "dgamma", "dbeta"), got, expected):
        check_shape(g, e.shape, "%s (%s)" % (name, what))
        check_close(g, e, 1e-6, 1e-5, "%s (%s)" % (name, what))


class HiddenTests(unittest.TestCase):
    def test_values_near_one_million(self):
        """Values around 1e6 with spread 0.1 give the same gradients as the centred values"""
        rng = np.random.default_rng(2)
        x = 1e6 + rng.normal(size=(6, 2)) * 0.1
        centred = x - 1e6           # exact: the subtraction of nearby floats loses nothing
        gamma, dout = np.array([1.5, -0.5]), rng.normal(size=(6, 2))
        _check_all(batchnorm_backward(dout, x, gamma), _numeric(dout, centred, gamma, 1e-5), "values near 1e6")

    def test_convolutional_uneven_shape(self):
        """(3, 2, 1, 4) input with a large eps (0.5) matches finite differences"""
        rng = np.random.default_rng(3)
        x, gamma, dout = rng.normal(size=(3, 2, 1, 4)), rng.normal(size=2), rng.normal(size=(3, 2, 1, 4))
        _check_all(batchnorm_backward(dout, x, gamma, eps=0.5), _numeric(dout, x, gamma, 0.5), "eps=0.5")

    def test_dx_sums_to_zero_per_channel(self):
        """dx sums to zero over each channel (the output ignores a shift of the whole channel)"""
        rng = np.random.default_rng(4)
        x, gamma, dout = rng.normal(size=(4, 3, 2, 2)), rng.normal(size=3), rng.normal(size=(4, 3, 2, 2))
        dx, _, _ = batchnorm_backward(dout, x, gamma)
        check_close(np.asarray(dx).sum(axis=(0, 2, 3)), np.zeros(3), 1e-9, 0, "sum of dx per channel")

    def test_constant_upstream_gradient(self):
        """A constant dout gives dx = 0 and dgamma = 0 exactly up to rounding"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(6, 2))
        dx, dgamma, dbeta = batchnorm_backward(np.full((6, 2), 2.5), x, np.array([3.0, -1.0]))
        check_close(dx, np.zeros((6, 2)), 1e-9, 0, "dx for a constant dout")
        check_close(dgamma, np.zeros(2), 1e-9, 0, "dgamma for a constant dout")
        check_close(dbeta, [15.0, 15.0], ATOL, RTOL, "dbeta for a constant dout")

    def test_two_samples(self):
        """N = 2, the smallest batch with a spread, still matches finite differences"""
        x = np.array([[0.0, 4.0], [2.0, -4.0]])
        dout = np.array([[1.0, -2.0], [0.5, 1.0]])
        _check_all(batchnorm_backward(dout, x, np.array([1.0, 2.0])), _numeric(dout, x, np.array([1.0, 2.0]), 1e-5), "N = 2")

    def test_list_inputs(self):
        """Integer nested lists give float64 results"""
        got = batchnorm_backward([[1, 0], [0, 2], [1, 1]], [[1, 2], [3, 4], [6, 1]], [1, 2])
        for name, g in zip(("dx", "dgamma", "dbeta"), got):
            check(np.asarray(g).dtype == np.float64, "%s must be float64" % name, "float64", np.asarray(g).dtype)
        _check_all(got, _numeric(np.array([[1.0, 0], [0, 2], [1, 1]]), [[1, 2], [3, 4], [6, 1]], [1, 2], 1e-5), "list inputs")

    def test_shape_errors(self):
        """3-D x, a dout of another shape, or gamma of the wrong length raise ValueError"""
        with self.assertRaises(ValueError, msg="3-D x"):
            batchnorm_backward(np.zeros((2, 3, 4)), np.zeros((2, 3, 4)), np.ones(3))
        with self.assertRaises(ValueError, msg="dout of shape (3, 2) for x of shape (2, 3)"):
            batchnorm_backward(np.zeros((3, 2)), np.zeros((2, 3)), np.ones(3))
        with self.assertRaises(ValueError, msg="gamma of length 2 for 3 channels"):
            batchnorm_backward(np.zeros((2, 3, 2, 2)), np.zeros((2, 3, 2, 2)), np.ones(2))

    def test_inputs_not_modified(self):
        """dout, x and gamma are left unchanged"""
        rng = np.random.default_rng(6)
        x, gamma, dout = rng.normal(size=(2, 2, 3, 3)), rng.normal(size=2), rng.normal(size=(2, 2, 3, 3))
        saved = (dout.copy(), x.copy(), gamma.copy())
        batchnorm_backward(dout, x, gamma)
        for name, a, s in zip(("dout", "x", "gamma"), (dout, x, gamma), saved):
            check_close(a, s, 0, 0, "%s after the call" % name)


if __name__ == "__main__":
    unittest.main()
