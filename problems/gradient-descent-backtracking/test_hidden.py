import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import gradient_descent_backtracking


def _scalar_trace(f, df, x, t0, beta, c, steps, tol):
    # The procedure of the statement for one variable, in plain Python floats.
    out = [f(x)]
    for _ in range(steps):
        g = df(x)
        if abs(g) <= tol:
            break
        t = t0
        while not (f(x - t * g) <= f(x) - c * t * g * g):
            t *= beta
        x = x - t * g
        out.append(f(x))
    return x, out


def _barrier(x):
    # Defined only on (-1, 1); NaN outside, like log of a negative number.
    v = float(x[0])
    return -math.log(1 - v) - math.log(1 + v) if -1 < v < 1 else float("nan")


def _barrier_inf(x):
    v = float(x[0])
    return -math.log(1 - v) - math.log(1 + v) if -1 < v < 1 else float("inf")


def _barrier_grad(x):
    v = float(x[0])
    return np.array([1 / (1 - v) - 1 / (1 + v)])


class HiddenTests(unittest.TestCase):
    def test_armijo_equality_accepts(self):
        """f = 2x^2, c = 0.5: t = 0.25 meets the condition with equality and is accepted"""
        x, fs = gradient_descent_backtracking(lambda x: float(2 * x @ x), lambda x: 4 * x, [1.0], c=0.5)
        check_close(fs, [2.0, 0.0], 1e-12, 0, "f_values when the Armijo condition holds with equality")
        check_close(x, [0.0], 1e-12, 0, "final x")

    def test_non_finite_trial_points_rejected(self):
        """A log barrier with a huge first trial step: NaN and inf trial points are rejected"""
        for f, kind in ((_barrier, "nan"), (_barrier_inf, "inf")):
            x, fs = gradient_descent_backtracking(f, _barrier_grad, [0.5], t0=10.0, tol=1e-6)
            check(all(math.isfinite(v) for v in fs), "every accepted f value must be finite (barrier returning %s)" % kind, "finite", fs)
            check_close(x, [0.0], 1e-5, 0, "minimiser of the barrier (returning %s outside)" % kind)

    def test_search_restarts_from_t0(self):
        """x^4/4 + x^2/2 from x0 = 3: steep start, flat finish; every search restarts from t0"""
        f = lambda v: v ** 4 / 4 + v * v / 2
        df = lambda v: v ** 3 + v
        _, expected = _scalar_trace(f, df, 3.0, 1.0, 0.5, 0.3, 6, 1e-8)
        x, fs = gradient_descent_backtracking(lambda x: f(float(x[0])), lambda x: np.array([df(float(x[0]))]), [3.0],
                                              t0=1.0, beta=0.5, c=0.3, max_iter=6)
        check_close(fs, expected, 1e-9, 0, "f_values for x^4/4 + x^2/2")

    def test_random_quadratics(self):
        """Random convex quadratics: f never increases and x reaches A^-1 b"""
        rng = np.random.default_rng(4)
        for trial in range(4):
            d = int(rng.integers(1, 5))
            Q, _ = np.linalg.qr(rng.normal(size=(d, d)))
            A = Q @ np.diag(rng.uniform(1.0, 8.0, size=d)) @ Q.T
            b = rng.normal(size=d)
            x, fs = gradient_descent_backtracking(lambda x: 0.5 * x @ A @ x - b @ x, lambda x: A @ x - b, np.zeros(d),
                                                  t0=2.0, beta=0.7, tol=1e-6, max_iter=5000)
            check_shape(x, (d,), "x (trial %d)" % trial)
            check(all(q <= p for p, q in zip(fs, fs[1:])), "f must never increase (trial %d)" % trial, "non-increasing", fs)
            check_close(x, np.linalg.solve(A, b), 1e-5, 0, "final x (trial %d)" % trial)

    def test_starting_at_the_minimum(self):
        """A zero gradient at x0 takes no step"""
        x, fs = gradient_descent_backtracking(lambda x: float(x @ x), lambda x: 2 * x, np.zeros(3))
        check_close(x, np.zeros(3), 0, 0, "x")
        check_equal(len(fs), 1, "len(f_values) when x0 is already optimal")

    def test_integer_list_start(self):
        """x0 given as an integer list gives a float64 x"""
        x, fs = gradient_descent_backtracking(lambda x: float((x - 0.25) @ (x - 0.25)), lambda x: 2 * (x - 0.25), [3, -2])
        check(isinstance(x, np.ndarray) and x.dtype == np.float64, "x must be a float64 numpy array", "float64 ndarray",
              type(x).__name__ + ":" + str(getattr(x, "dtype", None)))
        check_close(x, [0.25, 0.25], 1e-9, 0, "final x from an integer start")
        check(all(isinstance(v, float) for v in fs), "f_values must be Python floats", "floats", [type(v).__name__ for v in fs])

    def test_x0_not_modified(self):
        """x0 is left unchanged"""
        x0 = np.array([2.0, -1.0])
        before = x0.copy()
        gradient_descent_backtracking(lambda x: float(x @ x), lambda x: 2 * x, x0, t0=0.3)
        check_equal(x0, before, "x0 after the call")

    def test_invalid_parameters_raise(self):
        """t0 <= 0, beta or c outside (0, 1) raise ValueError"""
        f, g = (lambda x: float(x @ x)), (lambda x: 2 * x)
        for name, kwargs in (("t0 = 0", {"t0": 0.0}), ("t0 = -1", {"t0": -1.0}), ("beta = 1", {"beta": 1.0}),
                             ("beta = 0", {"beta": 0.0}), ("c = 0", {"c": 0.0}), ("c = 1.5", {"c": 1.5})):
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                gradient_descent_backtracking(f, g, [1.0], **kwargs)


if __name__ == "__main__":
    unittest.main()
