import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
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


class HiddenTests(unittest.TestCase):
    def test_three_dimensional_gradient_check(self):
        """On a (2, 3, 4) input, dgamma and dbeta sum over both leading axes"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(2, 3, 4)) * 2 + 1
        gamma, beta = rng.normal(size=4), rng.normal(size=4)
        dout = rng.normal(size=(2, 3, 4))
        _orig_x = copy.deepcopy(x)
        _orig_gamma = copy.deepcopy(gamma)
        _orig_dout = copy.deepcopy(dout)
        dx, dgamma, dbeta = layernorm_backward(dout, x, gamma)
        check_shape(dx, (2, 3, 4), "dx")
        check_shape(dgamma, (4,), "dgamma")
        check_shape(dbeta, (4,), "dbeta")
        ndx, ndgamma, ndbeta = _fd_grads(_orig_x, _orig_gamma, beta, _orig_dout)
        check_close(dx, ndx, FD_ATOL, FD_RTOL, "dx vs finite differences")
        check_close(dgamma, ndgamma, FD_ATOL, FD_RTOL, "dgamma vs finite differences")
        check_close(dbeta, ndbeta, FD_ATOL, FD_RTOL, "dbeta vs finite differences")

    def test_one_dimensional_input(self):
        """A single vector (D,) is normalized and differentiated as one row"""
        rng = np.random.default_rng(2)
        x = rng.normal(size=6)
        gamma, beta = rng.normal(size=6), rng.normal(size=6)
        _orig_x = copy.deepcopy(x)
        _orig_gamma = copy.deepcopy(gamma)
        _orig_beta = copy.deepcopy(beta)
        out = layernorm_forward(x, gamma, beta)
        check_shape(out, (6,), "out")
        dout = rng.normal(size=6)
        _orig_dout = copy.deepcopy(dout)
        dx, dgamma, dbeta = layernorm_backward(dout, x, gamma)
        ndx, ndgamma, ndbeta = _fd_grads(_orig_x, _orig_gamma, _orig_beta, _orig_dout)
        check_close(dx, ndx, FD_ATOL, FD_RTOL, "dx vs finite differences")
        check_close(dgamma, ndgamma, FD_ATOL, FD_RTOL, "dgamma vs finite differences")
        check_close(dbeta, dout, ATOL, RTOL, "dbeta for one row equals dout")

    def test_row_statistics(self):
        """With gamma=1, beta=0 every row has mean 0 and variance var / (var + eps)"""
        rng = np.random.default_rng(3)
        x = rng.normal(loc=5.0, scale=3.0, size=(8, 10))
        eps = 1e-2
        out = layernorm_forward(x, np.ones(10), np.zeros(10), eps=eps)
        var = np.array([np.mean((row - row.mean()) ** 2) for row in x])
        check_close(out.mean(axis=1), np.zeros(8), 1e-9, 0, "row means")
        check_close(out.var(axis=1), var / (var + eps), ATOL, RTOL, "row variances")

    def test_dx_rows_sum_to_zero(self):
        """Adding a constant to a row does not change the output, so each row of dx sums to 0"""
        rng = np.random.default_rng(4)
        x = rng.normal(size=(5, 7))
        dx, _, _ = layernorm_backward(rng.normal(size=(5, 7)), x, rng.normal(size=7))
        check_close(dx.sum(axis=1), np.zeros(5), 1e-9, 0, "row sums of dx")

    def test_shift_invariance_of_forward(self):
        """layernorm(x + c) equals layernorm(x) for a per-row constant c"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(4, 6))
        gamma, beta = rng.normal(size=6), rng.normal(size=6)
        c = rng.normal(size=(4, 1)) * 50
        check_close(layernorm_forward(x + c, gamma, beta), layernorm_forward(x, gamma, beta), 1e-8, 1e-7, "layernorm(x + c)")

    def test_constant_row(self):
        """A constant row maps to beta; dx is (g - mean(g)) / sqrt(eps) with g = dout * gamma"""
        x = np.array([[3.0, 3.0, 3.0, 3.0]])
        gamma, beta = np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.5, -0.5, 1.0, 0.0])
        check_close(layernorm_forward(x, gamma, beta), beta[None, :], ATOL, RTOL, "out for a constant row")
        dout = np.array([[1.0, -2.0, 0.5, 3.0]])
        dx, dgamma, _ = layernorm_backward(dout, x, gamma, eps=1e-4)
        check(bool(np.all(np.isfinite(dx))), "dx must be finite for a constant row", "finite", dx)
        g = dout * gamma
        check_close(dx, (g - g.mean()) / np.sqrt(1e-4), 1e-9, 1e-7, "dx for a constant row")
        check_close(dgamma, np.zeros(4), 1e-9, 0, "dgamma for a constant row")

    def test_dgamma_dbeta_simple_case(self):
        """dbeta is dout summed over rows and dgamma is sum(dout * x_hat)"""
        x = np.array([[0.0, 2.0], [1.0, 5.0]])  # x_hat rows are about [-1, 1]
        dout = np.array([[1.0, 2.0], [3.0, 4.0]])
        _, dgamma, dbeta = layernorm_backward(dout, x, np.ones(2), eps=1e-12)
        check_close(dbeta, [4.0, 6.0], ATOL, RTOL, "dbeta")
        check_close(dgamma, [-4.0, 6.0], 1e-6, 0, "dgamma")

    def test_inputs_not_modified(self):
        """x, gamma, beta and dout are unchanged by the calls"""
        rng = np.random.default_rng(6)
        x, gamma, beta, dout = rng.normal(size=(3, 4)), rng.normal(size=4), rng.normal(size=4), rng.normal(size=(3, 4))
        saved = [a.copy() for a in (x, gamma, beta, dout)]
        layernorm_forward(x, gamma, beta)
        layernorm_backward(dout, x, gamma)
        for name, a, b in zip(["x", "gamma", "beta", "dout"], (x, gamma, beta, dout), saved):
            check_close(a, b, 0, 0, name + " after the calls")


class GapTests(unittest.TestCase):
    def test_rows_with_large_means(self):
        """Rows with means near 1e6 and spread near 1 normalise as accurately as centred rows"""
        rng = np.random.default_rng(14)
        base = rng.normal(size=(4, 16))
        x = base + np.array([[1e6], [-2e6], [3e6], [5e5]])
        gamma, beta = np.ones(16), np.zeros(16)
        xc = x.copy()
        mu = xc.mean(axis=-1, keepdims=True)
        var = ((xc - mu) ** 2).mean(axis=-1, keepdims=True)
        check_close(layernorm_forward(x, gamma, beta), (xc - mu) / np.sqrt(var + 1e-5), 1e-7, 1e-7, "forward for rows with means near 1e6")


if __name__ == "__main__":
    unittest.main()
