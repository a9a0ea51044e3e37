import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import mlp_backward, mlp_forward

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL, FD_RTOL = 1e-6, 1e-5
NAMES = ("W1", "b1", "W2", "b2")


def _random_params(rng, d, h, c, scale=0.5):
    return {
        "W1": rng.normal(size=(d, h)) * scale,
        "b1": rng.normal(size=h) * 0.1,
        "W2": rng.normal(size=(h, c)) * scale,
        "b2": rng.normal(size=c) * 0.1,
    }


def _numeric_grads(X, y, params, step=1e-5):
    grads = {}
    for name in NAMES:
        g = np.zeros_like(params[name])
        for idx in np.ndindex(params[name].shape):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][idx] += step
            minus[name][idx] -= step
            g[idx] = (mlp_forward(X, y, plus) - mlp_forward(X, y, minus)) / (2 * step)
        grads[name] = g
    return grads


def _loop_loss(X, y, params):
    # One example at a time with plain Python floats.
    W1, b1, W2, b2 = (params[k].tolist() for k in NAMES)
    total = 0.0
    for row, label in zip(X.tolist(), y.tolist()):
        h = [max(0.0, sum(row[d] * W1[d][j] for d in range(len(row))) + b1[j]) for j in range(len(b1))]
        logits = [sum(h[j] * W2[j][c] for j in range(len(h))) + b2[c] for c in range(len(b2))]
        m = max(logits)
        lse = m + math.log(sum(math.exp(v - m) for v in logits))
        total += lse - logits[label]
    return total / len(y)


class HiddenTests(unittest.TestCase):
    def test_worked_example_gradients(self):
        """Gradients of the README example match the stated values"""
        X = np.array([[1.0, -1.0], [0.5, 2.0]])
        y = np.array([0, 2])
        params = {
            "W1": np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -1.0]]),
            "b1": np.array([0.0, 0.1, 0.0]),
            "W2": np.array([[1.0, 0.0, -1.0], [0.5, -0.5, 1.0], [-1.0, 1.0, 0.0]]),
            "b2": np.array([0.0, 0.0, 0.1]),
        }
        g = mlp_backward(X, y, params)
        check_close(g["b2"], [-0.038413451, 0.425251223, -0.386837772], 1e-8, 0, "grad b2")
        check_close(g["b1"], [0.348424310, -0.243071118, 0.872635208], 1e-8, 0, "grad b1")
        check_close(g["W1"], [[-0.089485613, -0.121535559, 0.872635208],
                              [2.279035233, -0.486142237, -0.872635208]], 1e-8, 0, "grad W1")

    def test_large_logits_stay_finite(self):
        """Logits of +-1000: loss is 2000 and the gradients are exact, no nan"""
        X = np.array([[1000.0]])
        y = np.array([1])
        params = {"W1": np.array([[1.0]]), "b1": np.array([0.0]), "W2": np.array([[1.0, -1.0]]), "b2": np.array([0.0, 0.0])}
        loss = mlp_forward(X, y, params)
        check(math.isfinite(float(loss)), "loss must be finite for logits of +-1000", "a finite float", loss)
        check_close(loss, 2000.0, ATOL, RTOL, "loss with logits [1000, -1000] and label 1")
        g = mlp_backward(X, y, params)
        check_close(g["W2"], [[1000.0, -1000.0]], ATOL, RTOL, "grad W2")
        check_close(g["b2"], [1.0, -1.0], ATOL, RTOL, "grad b2")
        check_close(g["W1"], [[2000.0]], ATOL, RTOL, "grad W1")
        check_close(g["b1"], [2.0], ATOL, RTOL, "grad b1")

    def test_gradient_shapes(self):
        """Every gradient has its parameter's shape (D=4, H=5, C=3, N=7)"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(7, 4))
        y = rng.integers(0, 3, size=7)
        params = _random_params(rng, 4, 5, 3)
        g = mlp_backward(X, y, params)
        for name in NAMES:
            check_shape(g[name], params[name].shape, "grad " + name)

    def test_loss_is_a_mean(self):
        """Repeating the batch twice leaves the loss and gradients unchanged"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(5, 3))
        y = rng.integers(0, 4, size=5)
        params = _random_params(rng, 3, 6, 4)
        X2, y2 = np.concatenate([X, X]), np.concatenate([y, y])
        check_close(mlp_forward(X2, y2, params), mlp_forward(X, y, params), ATOL, RTOL, "loss on the doubled batch")
        g1, g2 = mlp_backward(X, y, params), mlp_backward(X2, y2, params)
        for name in NAMES:
            check_close(g2[name], g1[name], ATOL, RTOL, "grad " + name + " on the doubled batch")

    def test_loss_matches_per_example_loop(self):
        """The loss equals a plain-Python per-example computation"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(8, 3)) * 2
        y = rng.integers(0, 5, size=8)
        params = _random_params(rng, 3, 4, 5, scale=1.0)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_params = copy.deepcopy(params)
        check_close(mlp_forward(X, y, params), _loop_loss(_orig_X, _orig_y, _orig_params), ATOL, RTOL, "loss")

    def test_gradient_check_single_example_many_classes(self):
        """Finite-difference check with N=1 and C=6"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(1, 3))
        y = np.array([4])
        params = _random_params(rng, 3, 7, 6, scale=0.8)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_params = copy.deepcopy(params)
        g = mlp_backward(X, y, params)
        num = _numeric_grads(_orig_X, _orig_y, _orig_params)
        for name in NAMES:
            check_close(g[name], num[name], FD_ATOL, FD_RTOL, "grad " + name + " vs finite differences")

    def test_dead_hidden_unit_gets_no_gradient(self):
        """A hidden unit that is negative for every example has zero gradient in W1 and b1"""
        rng = np.random.default_rng(5)
        X = rng.uniform(-1, 1, size=(6, 3))
        y = rng.integers(0, 3, size=6)
        params = _random_params(rng, 3, 4, 3)
        params["b1"][2] = -100.0
        g = mlp_backward(X, y, params)
        check_close(g["W1"][:, 2], np.zeros(3), ATOL, RTOL, "grad W1[:, dead unit]")
        check_close(g["b1"][2], 0.0, ATOL, RTOL, "grad b1[dead unit]")
        check_close(g["W2"][2], np.zeros(3), ATOL, RTOL, "grad W2[dead unit, :]")

    def test_params_not_modified(self):
        """params and its arrays are unchanged by both calls"""
        rng = np.random.default_rng(6)
        X = rng.normal(size=(4, 3))
        y = rng.integers(0, 2, size=4)
        params = _random_params(rng, 3, 3, 2)
        before = {k: v.copy() for k, v in params.items()}
        mlp_forward(X, y, params)
        mlp_backward(X, y, params)
        check(sorted(params.keys()) == sorted(NAMES), "params keys must be unchanged", sorted(NAMES), sorted(params.keys()))
        for name in NAMES:
            check_close(params[name], before[name], 0, 0, "params[%r] after the calls" % name)


class GapTests(unittest.TestCase):
    def test_relu_derivative_at_exactly_zero(self):
        """A hidden unit with z1 == 0 exactly for every example gets zero W1 and b1 gradients, though its upstream gradient is not zero"""
        X = np.array([[1.0, -2.0], [0.5, 3.0], [-1.0, 1.0]])
        y = np.array([0, 1, 2])
        params = {
            "W1": np.array([[0.0, 1.0], [0.0, 0.5]]),
            "b1": np.array([0.0, 2.0]),
            "W2": np.array([[2.0, -1.0, 0.5], [0.3, 0.2, -0.4]]),
            "b2": np.array([0.1, 0.0, -0.1]),
        }
        g = mlp_backward(X, y, params)
        check_close(np.asarray(g["b1"])[0], 0.0, 1e-12, 0, "db1 of the unit with z1 == 0")
        check_close(np.asarray(g["W1"])[:, 0], [0.0, 0.0], 1e-12, 0, "dW1 column of the unit with z1 == 0")
        # Unit 1 is active everywhere (z1 = [2, 4, 1.5]); its gradients are checked against finite differences.
        h = 1e-6
        for name, idx in (("b1", (1,)), ("W1", (0, 1)), ("W1", (1, 1))):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][idx] += h
            minus[name][idx] -= h
            numeric = (mlp_forward(X, y, plus) - mlp_forward(X, y, minus)) / (2 * h)
            check_close(np.asarray(g[name])[idx], numeric, 1e-6, 1e-5, "d%s%s" % (name, list(idx)))

    def test_rows_of_very_different_magnitude(self):
        """One example with logits near +1000 and one near -1000 in the same batch: the loss is exact"""
        X = np.array([[1.0], [-1.0]])
        y = np.array([0, 1])
        params = {"W1": np.array([[1000.0, -1000.0]]), "b1": np.array([0.0, 0.0]),
                  "W2": np.array([[1.0, 0.0], [-1.0, -1.001]]), "b2": np.array([0.0, 0.0])}
        # Row 0: h = [1000, 0], logits = [1000, 0]; row 1: h = [0, 1000], logits = [-1000, -1001].
        expected = 0.5 * (math.log1p(math.exp(-1000.0)) + (1.0 + math.log1p(math.exp(-1.0))))
        check_close(mlp_forward(X, y, params), expected, 1e-9, 1e-7, "loss with rows of very different magnitude")


if __name__ == "__main__":
    unittest.main()
