import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import gradient_descent_backtracking


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """f = x^2 from x0 = 1: t = 1 is rejected, t = 0.5 lands on 0"""
        x, fs = gradient_descent_backtracking(lambda x: float(x @ x), lambda x: 2 * x, [1.0])
        check_shape(x, (1,), "x")
        check_close(x, [0.0], 1e-9, 0, "final x")
        check_close(fs, [1.0, 0.0], 1e-9, 0, "f_values")

    def test_quadratic_converges(self):
        """An ill-conditioned 2-D quadratic converges to A^-1 b"""
        A = np.array([[10.0, 2.0], [2.0, 1.0]])
        b = np.array([1.0, -1.0])
        x, fs = gradient_descent_backtracking(lambda x: 0.5 * x @ A @ x - b @ x, lambda x: A @ x - b, [0.0, 0.0], tol=1e-6, max_iter=5000)
        check_close(x, np.linalg.solve(A, b), 1e-5, 0, "final x")
        check(len(fs) >= 2, "f_values must hold f(x0) and later values", ">= 2 entries", len(fs))

    def test_max_iter_caps_steps(self):
        """max_iter = 3 takes exactly three steps, each lowering f"""
        A = np.diag([1.0, 30.0])
        x, fs = gradient_descent_backtracking(lambda x: 0.5 * x @ A @ x, lambda x: A @ x, [1.0, 1.0], max_iter=3)
        check_equal(len(fs), 4, "len(f_values) after 3 steps")
        check(all(b < a for a, b in zip(fs, fs[1:])), "each step must lower f", "strictly decreasing", fs)


if __name__ == "__main__":
    unittest.main()
