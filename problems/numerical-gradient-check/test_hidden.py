import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import numerical_gradient, relative_error

GRAD_ATOL = 1e-8
ATOL, RTOL = 1e-12, 1e-9


class HiddenTests(unittest.TestCase):
    def test_matrix_input(self):
        """A (3, 4) input: the gradient of sum(sin(X) * W) is cos(X) * W"""
        rng = np.random.default_rng(0)
        X, W = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
        got = numerical_gradient(lambda v: np.sum(np.sin(v) * W), X)
        check_shape(got, (3, 4), "numerical gradient")
        check_close(got, np.cos(X) * W, GRAD_ATOL, 0, "numerical gradient")

    def test_input_exactly_unchanged(self):
        """x is bitwise unchanged after the call"""
        x = np.array([0.1, 0.7, 1e-3, 12345.678, -0.3])
        saved = x.copy()
        numerical_gradient(lambda v: np.sum(np.exp(v / 1e4) * v), x)
        check(bool(np.array_equal(x, saved)), "x must be exactly unchanged", saved, x)

    def test_step_size_is_used(self):
        """With h = 1e-3 the central difference of sum(x^3) is exactly 3x^2 + h^2"""
        x = np.array([-2.0, 0.5, 4.0])
        got = numerical_gradient(lambda v: np.sum(v ** 3), x, h=1e-3)
        check_close(got, 3 * x ** 2 + 1e-6, 1e-9, 0, "numerical gradient with h = 1e-3")

    def test_only_one_entry_perturbed(self):
        """A function coupling entries, x0 * x1 + x2^2, has gradient [x1, x0, 2 x2]"""
        x = np.array([2.0, -3.0, 0.5])
        got = numerical_gradient(lambda v: v[0] * v[1] + v[2] ** 2, x)
        check_close(got, [-3.0, 2.0, 1.0], GRAD_ATOL, 0, "numerical gradient")

    def test_relative_error_properties(self):
        """relative_error is 0 for equal arrays and both-zero arrays, 1 for a vs -a or a vs 0, symmetric"""
        a = np.array([[1.0, -2.0], [0.5, 3.0]])
        check_close(relative_error(a, a.copy()), 0.0, ATOL, RTOL, "relative_error(a, a)")
        check_close(relative_error(np.zeros(3), np.zeros(3)), 0.0, ATOL, RTOL, "relative_error(0, 0)")
        check_close(relative_error(a, -a), 1.0, ATOL, RTOL, "relative_error(a, -a)")
        check_close(relative_error(a, np.zeros((2, 2))), 1.0, ATOL, RTOL, "relative_error(a, 0)")
        b = a + 0.01
        check_close(relative_error(b, a), relative_error(a, b), ATOL, RTOL, "relative_error(b, a)")

    def test_relative_error_is_scale_invariant(self):
        """Scaling both arrays by 1e6 or 1e-6 leaves the relative error unchanged"""
        rng = np.random.default_rng(1)
        a = rng.normal(size=10)
        b = a + rng.normal(size=10) * 1e-3
        base = relative_error(a, b)
        check_close(relative_error(a * 1e6, b * 1e6), base, ATOL, RTOL, "relative_error of arrays times 1e6")
        check_close(relative_error(a * 1e-6, b * 1e-6), base, ATOL, RTOL, "relative_error of arrays times 1e-6")

    def test_relative_error_uses_all_entries(self):
        """On 2-D arrays the norms run over every entry"""
        a = np.array([[3.0, 0.0], [0.0, 4.0]])
        b = np.array([[3.0, 0.0], [0.0, 0.0]])
        check_close(relative_error(a, b), 4.0 / (5.0 + 3.0), ATOL, RTOL, "relative_error")

    def test_gradient_check_catches_a_bug(self):
        """Checking a logistic-loss gradient: the right one passes (< 1e-7), a wrong one fails (> 1e-3)"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(20, 3))
        y = (rng.random(20) < 0.5).astype(float)
        w = rng.normal(size=3)

        def loss(v):
            z = X @ v
            return float(np.mean(np.logaddexp(0.0, z) - y * z))

        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        right = X.T @ (p - y) / 20
        wrong = X.T @ (p - y)  # forgot the 1/N
        num = numerical_gradient(loss, w)
        check(relative_error(num, right) < 1e-7, "relative error vs the correct gradient must be < 1e-7",
              "< 1e-7", relative_error(num, right))
        check(relative_error(num, wrong) > 1e-3, "relative error vs the wrong gradient must be > 1e-3",
              "> 1e-3", relative_error(num, wrong))


class GapTests(unittest.TestCase):
    def test_integer_input_is_not_rounded(self):
        """An integer x gives the float64 gradient 3 x^2, not zeros from rounded perturbations"""
        x = np.array([1, 2, -3])
        got = numerical_gradient(lambda v: float(np.sum(v ** 3)), x)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the gradient must be float64", "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, [3.0, 12.0, 27.0], 1e-6, 0, "gradient of sum(x^3) at integer x")
        check(np.array_equal(x, [1, 2, -3]) and x.dtype.kind == "i", "x must be unchanged", [1, 2, -3], x)


if __name__ == "__main__":
    unittest.main()
