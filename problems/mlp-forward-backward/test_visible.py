import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import mlp_backward, mlp_forward

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL, FD_RTOL = 1e-6, 1e-5


def _random_params(rng, d, h, c, scale=0.5):
    return {
        "W1": rng.normal(size=(d, h)) * scale,
        "b1": rng.normal(size=h) * 0.1,
        "W2": rng.normal(size=(h, c)) * scale,
        "b2": rng.normal(size=c) * 0.1,
    }


def _numeric_grads(X, y, params, step=1e-5):
    grads = {}
    for name in ("W1", "b1", "W2", "b2"):
        g = np.zeros_like(params[name])
        for idx in np.ndindex(params[name].shape):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][idx] += step
            minus[name][idx] -= step
            g[idx] = (mlp_forward(X, y, plus) - mlp_forward(X, y, minus)) / (2 * step)
        grads[name] = g
    return grads


class VisibleTests(unittest.TestCase):
    def test_worked_example_loss(self):
        """The README example has loss 2.4816136023037814"""
        X = np.array([[1.0, -1.0], [0.5, 2.0]])
        y = np.array([0, 2])
        params = {
            "W1": np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -1.0]]),
            "b1": np.array([0.0, 0.1, 0.0]),
            "W2": np.array([[1.0, 0.0, -1.0], [0.5, -0.5, 1.0], [-1.0, 1.0, 0.0]]),
            "b2": np.array([0.0, 0.0, 0.1]),
        }
        check_close(mlp_forward(X, y, params), 2.4816136023037814, ATOL, RTOL, "loss of the README example")

    def test_zero_weights(self):
        """All-zero parameters: loss log(C); only b2 has a gradient, 1/C minus class frequencies"""
        X = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 1.0]])
        y = np.array([0, 1, 1, 2])
        params = {"W1": np.zeros((2, 4)), "b1": np.zeros(4), "W2": np.zeros((4, 3)), "b2": np.zeros(3)}
        check_close(mlp_forward(X, y, params), math.log(3.0), ATOL, RTOL, "loss with zero weights")
        g = mlp_backward(X, y, params)
        check_equal(sorted(g.keys()), ["W1", "W2", "b1", "b2"], "keys of the gradient dict")
        check_close(g["b2"], [1 / 3 - 1 / 4, 1 / 3 - 2 / 4, 1 / 3 - 1 / 4], ATOL, RTOL, "grad b2")
        for name in ("W1", "b1", "W2"):
            check_close(g[name], np.zeros_like(params[name]), ATOL, RTOL, "grad " + name)

    def test_gradient_check_random_network(self):
        """Analytic gradients match central finite differences on a random network"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(6, 4))
        y = rng.integers(0, 3, size=6)
        params = _random_params(rng, 4, 5, 3)
        g = mlp_backward(X, y, params)
        num = _numeric_grads(X, y, params)
        for name in ("W1", "b1", "W2", "b2"):
            check_close(g[name], num[name], FD_ATOL, FD_RTOL, "grad " + name + " vs finite differences")


if __name__ == "__main__":
    unittest.main()
