import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import layernorm_backward, layernorm_forward

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL, FD_RTOL = 1e-6, 1e-5


def _fd_grads(x, gamma, beta, dout, eps=1e-5, h=1e-6):
    def loss(xx, gg, bb):
        return float(np.sum(dout * layernorm_forward(xx, gg, bb, eps)))

    grads = []
    for which, arr in enumerate((x, gamma, beta)):
        g = np.zeros_like(arr)
        for idx in np.ndindex(arr.shape):
            args_p = [x.copy(), gamma.copy(), beta.copy()]
            args_m = [x.copy(), gamma.copy(), beta.copy()]
            args_p[which][idx] += h
            args_m[which][idx] -= h
            g[idx] = (loss(*args_p) - loss(*args_m)) / (2 * h)
        grads.append(g)
    return grads


class VisibleTests(unittest.TestCase):
    def test_forward_single_row(self):
        """[1, 2, 3] with gamma=1, beta=0 becomes (x - 2) / sqrt(2/3 + eps)"""
        got = layernorm_forward(np.array([[1.0, 2.0, 3.0]]), np.ones(3), np.zeros(3))
        check_shape(got, (1, 3), "out")
        s = math.sqrt(2.0 / 3.0 + 1e-5)
        check_close(got, [[-1.0 / s, 0.0, 1.0 / s]], ATOL, RTOL, "layernorm of [1, 2, 3]")

    def test_forward_with_gamma_beta(self):
        """Each row is normalized on its own, then scaled by gamma and shifted by beta"""
        x = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 8.0]])
        gamma, beta = np.array([1.0, 0.5, 2.0]), np.array([0.0, 1.0, 0.0])
        s1 = math.sqrt(2.0 / 3.0 + 1e-5)
        s2 = math.sqrt(56.0 / 9.0 + 1e-5)  # row 2: mean 14/3, biased var 56/9
        mu2 = 14.0 / 3.0
        expected = [[-1.0 / s1, 1.0, 2.0 / s1],
                    [(2 - mu2) / s2, 0.5 * (4 - mu2) / s2 + 1.0, 2.0 * (8 - mu2) / s2]]
        check_close(layernorm_forward(x, gamma, beta), expected, ATOL, RTOL, "layernorm_forward")

    def test_backward_gradient_check(self):
        """dx, dgamma, dbeta match central finite differences on random data"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(4, 5))
        gamma, beta = rng.normal(size=5), rng.normal(size=5)
        dout = rng.normal(size=(4, 5))
        dx, dgamma, dbeta = layernorm_backward(dout, x, gamma)
        ndx, ndgamma, ndbeta = _fd_grads(x, gamma, beta, dout)
        check_close(dx, ndx, FD_ATOL, FD_RTOL, "dx vs finite differences")
        check_close(dgamma, ndgamma, FD_ATOL, FD_RTOL, "dgamma vs finite differences")
        check_close(dbeta, ndbeta, FD_ATOL, FD_RTOL, "dbeta vs finite differences")


if __name__ == "__main__":
    unittest.main()
