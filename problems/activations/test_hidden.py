import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import (
    gelu,
    gelu_grad,
    leaky_relu,
    leaky_relu_grad,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    tanh,
    tanh_grad,
)

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL = 1e-6

PAIRS = [
    ("relu", relu, relu_grad),
    ("leaky_relu", leaky_relu, leaky_relu_grad),
    ("sigmoid", sigmoid, sigmoid_grad),
    ("tanh", tanh, tanh_grad),
    ("gelu", gelu, gelu_grad),
]


def _gelu_scalar(v):
    return 0.5 * v * (1.0 + math.tanh(math.sqrt(2.0 / math.pi) * (v + 0.044715 * v ** 3)))


class HiddenTests(unittest.TestCase):
    def test_leaky_relu_custom_alpha(self):
        """leaky_relu with alpha=0.2; its derivative at 0 is alpha"""
        x = np.array([-3.0, 0.0, 4.0])
        check_close(leaky_relu(x, alpha=0.2), [-0.6, 0.0, 4.0], ATOL, RTOL, "leaky_relu(x, alpha=0.2)")
        check_close(leaky_relu_grad(x, alpha=0.2), [0.2, 0.2, 1.0], ATOL, RTOL, "leaky_relu_grad(x, alpha=0.2)")

    def test_sigmoid_extreme_inputs(self):
        """sigmoid stays finite and exact at +-1000 and accurate at -30"""
        got = sigmoid(np.array([-1000.0, 1000.0, -30.0]))
        check(np.all(np.isfinite(got)), "sigmoid must be finite for large inputs", "finite values", got)
        check_close(got, [0.0, 1.0, 1.0 / (1.0 + math.exp(30.0))], ATOL, RTOL, "sigmoid([-1000, 1000, -30])")
        g = sigmoid_grad(np.array([-1000.0, 1000.0]))
        check_close(g, [0.0, 0.0], ATOL, RTOL, "sigmoid_grad([-1000, 1000])")

    def test_derivatives_match_finite_differences(self):
        """Every *_grad agrees with a central finite difference at random points"""
        rng = np.random.default_rng(5)
        x = rng.uniform(-4, 4, size=200)
        x = x[np.abs(x) > 1e-3]  # keep away from the ReLU kink
        h = 1e-6
        for name, f, df in PAIRS:
            numeric = (f(x + h) - f(x - h)) / (2 * h)
            check_close(df(x), numeric, FD_ATOL, 0, "%s_grad vs finite differences" % name)

    def test_shape_preserved_and_input_unchanged(self):
        """3-D input keeps its shape in every function and is not modified"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(2, 3, 4))
        before = x.copy()
        for name, f, df in PAIRS:
            check_shape(f(x), (2, 3, 4), name + "(x)")
            check_shape(df(x), (2, 3, 4), name + "_grad(x)")
        check_close(x, before, 0, 0, "input after the calls")

    def test_symmetry_identities(self):
        """sigmoid(-x) = 1 - sigmoid(x), tanh is odd, gelu(x) - gelu(-x) = x"""
        rng = np.random.default_rng(2)
        x = rng.normal(size=50) * 3
        check_close(sigmoid(-x), 1.0 - sigmoid(x), ATOL, RTOL, "sigmoid(-x) vs 1 - sigmoid(x)")
        check_close(tanh(-x), -tanh(x), ATOL, RTOL, "tanh(-x) vs -tanh(x)")
        check_close(gelu(x) - gelu(-x), x, ATOL, RTOL, "gelu(x) - gelu(-x)")

    def test_gelu_matches_scalar_formula(self):
        """gelu agrees with the scalar tanh-approximation formula on a grid"""
        x = np.linspace(-6, 6, 49)
        expected = [_gelu_scalar(v) for v in x]
        check_close(gelu(x), expected, ATOL, RTOL, "gelu on a grid")

    def test_derivatives_at_zero(self):
        """At x = 0: relu' = 0, leaky' = alpha, sigmoid' = 1/4, tanh' = 1, gelu' = 1/2"""
        z = np.array([0.0])
        check_close(relu_grad(z), [0.0], ATOL, RTOL, "relu_grad(0)")
        check_close(leaky_relu_grad(z), [0.01], ATOL, RTOL, "leaky_relu_grad(0)")
        check_close(sigmoid_grad(z), [0.25], ATOL, RTOL, "sigmoid_grad(0)")
        check_close(tanh_grad(z), [1.0], ATOL, RTOL, "tanh_grad(0)")
        check_close(gelu_grad(z), [0.5], ATOL, RTOL, "gelu_grad(0)")

    def test_relu_on_large_magnitudes(self):
        """relu and leaky_relu are exact for large positive and negative values"""
        x = np.array([-1e6, 1e6])
        check_close(relu(x), [0.0, 1e6], ATOL, RTOL, "relu([-1e6, 1e6])")
        check_close(leaky_relu(x), [-1e4, 1e6], ATOL, RTOL, "leaky_relu([-1e6, 1e6])")


class GapTests(unittest.TestCase):
    def test_integer_and_list_inputs_give_float64(self):
        """Integer arrays and plain lists are accepted and every function returns float64"""
        xi = np.array([-3, -1, 0, 2, 5])
        for name, f, df in PAIRS:
            for x in (xi, xi.tolist()):
                for label, g in ((name, f), (name + "_grad", df)):
                    got = g(x)
                    check(isinstance(got, np.ndarray) and got.dtype == np.float64, "%s(%s input) must return a float64 array" % (label, type(x).__name__),
                          "float64 ndarray", getattr(got, "dtype", type(got).__name__))
        check_close(relu(xi), [0.0, 0.0, 0.0, 2.0, 5.0], ATOL, RTOL, "relu of integers")
        check_close(leaky_relu(xi, alpha=0.5), [-1.5, -0.5, 0.0, 2.0, 5.0], ATOL, RTOL, "leaky_relu(alpha=0.5) of integers")

    def test_leaky_grad_at_zero_with_custom_alpha(self):
        """leaky_relu_grad at exactly 0 is alpha (0.3 here), also between positive and negative neighbours"""
        x = np.array([-1.0, 0.0, 1.0, 0.0])
        check_close(leaky_relu_grad(x, alpha=0.3), [0.3, 0.3, 1.0, 0.3], ATOL, RTOL, "leaky_relu_grad([-1, 0, 1, 0], alpha=0.3)")
        check_close(relu_grad(x), [0.0, 0.0, 1.0, 0.0], ATOL, RTOL, "relu_grad([-1, 0, 1, 0])")


if __name__ == "__main__":
    unittest.main()
