import unittest

import numpy as np

from mlreps_check import check_close, check_shape
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


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: dbeta sums dout, dgamma sums dout * xhat, dx matches finite differences"""
        x = np.array([[1.0, 10.0], [3.0, 10.0], [5.0, 16.0]])
        gamma = np.array([2.0, 1.0])
        dout = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 3.0]])
        got = batchnorm_backward(dout, x, gamma)
        check_close(got[2], [1.0, 3.0], ATOL, RTOL, "dbeta")
        _check_all(got, _numeric(dout, x, gamma, 1e-5), "README example")

    def test_dense_random(self):
        """A random (5, 3) batch matches finite differences"""
        rng = np.random.default_rng(0)
        x, gamma, dout = rng.normal(size=(5, 3)) * 2 + 1, rng.normal(size=3), rng.normal(size=(5, 3))
        _check_all(batchnorm_backward(dout, x, gamma), _numeric(dout, x, gamma, 1e-5), "dense (5, 3)")

    def test_convolutional_random(self):
        """A random (2, 3, 2, 2) batch: statistics per channel over samples and positions"""
        rng = np.random.default_rng(1)
        x, gamma, dout = rng.normal(size=(2, 3, 2, 2)), rng.normal(size=3), rng.normal(size=(2, 3, 2, 2))
        _check_all(batchnorm_backward(dout, x, gamma), _numeric(dout, x, gamma, 1e-5), "convolutional (2, 3, 2, 2)")


if __name__ == "__main__":
    unittest.main()
