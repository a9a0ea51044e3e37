import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import sgd_momentum_step

ATOL, RTOL = 1e-10, 1e-8


class HiddenTests(unittest.TestCase):
    def test_three_steps_on_a_parabola(self):
        """On f(w) = w^2 / 2 from w=1, lr=0.1, mu=0.9: w goes 0.9, 0.72, 0.486"""
        w, v = np.array([1.0]), np.array([0.0])
        expected_w = [0.9, 0.72, 0.486]
        expected_v = [-0.1, -0.18, -0.234]
        for k in range(3):
            w, v = sgd_momentum_step(w, w.copy(), v, lr=0.1, mu=0.9)
            check_close(w, [expected_w[k]], ATOL, RTOL, "w after step %d" % (k + 1))
            check_close(v, [expected_v[k]], ATOL, RTOL, "v after step %d" % (k + 1))

    def test_constant_gradient_velocity(self):
        """With a constant gradient the velocity after k steps is -lr * g * (1 - mu^k) / (1 - mu)"""
        g = np.array([1.0, -2.0])
        w, v = np.zeros(2), np.zeros(2)
        lr, mu = 0.01, 0.8
        for _ in range(10):
            w, v = sgd_momentum_step(w, g, v, lr=lr, mu=mu)
        check_close(v, -lr * g * (1 - mu ** 10) / (1 - mu), ATOL, RTOL, "v after 10 steps")

    def test_converges_to_least_squares(self):
        """Momentum on 0.5 * ||A w - b||^2 converges to the least-squares solution"""
        rng = np.random.default_rng(0)
        A = rng.normal(size=(20, 3))
        b = rng.normal(size=20)
        w, v = np.zeros(3), np.zeros(3)
        for _ in range(600):
            w, v = sgd_momentum_step(w, A.T @ (A @ w - b), v, lr=0.01, mu=0.9)
        w_star = np.linalg.solve(A.T @ A, A.T @ b)
        check_close(w, w_star, 1e-6, 0, "w after 600 steps vs least squares")

    def test_matrix_shapes(self):
        """Works elementwise on 2-D parameters"""
        rng = np.random.default_rng(1)
        w, g, v = rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
        w_new, v_new = sgd_momentum_step(w, g, v, lr=0.2, mu=0.5, weight_decay=0.01)
        check_shape(w_new, (3, 4), "w_new")
        check_shape(v_new, (3, 4), "v_new")
        v_exp = 0.5 * v - 0.2 * (g + 0.01 * w)
        check_close(v_new, v_exp, ATOL, RTOL, "v_new")
        check_close(w_new, w + v_exp, ATOL, RTOL, "w_new")

    def test_coasting_with_zero_gradient(self):
        """With zero gradient and no decay, the parameters keep moving by mu * v"""
        w_new, v_new = sgd_momentum_step(np.array([2.0]), np.array([0.0]), np.array([0.5]), lr=1.0, mu=0.9)
        check_close(v_new, [0.45], ATOL, RTOL, "v_new")
        check_close(w_new, [2.45], ATOL, RTOL, "w_new")

    def test_decay_only_shrinks_weights(self):
        """Zero gradient and zero velocity: weight decay alone gives w * (1 - lr * weight_decay)"""
        w = np.array([3.0, -4.0])
        w_new, v_new = sgd_momentum_step(w, np.zeros(2), np.zeros(2), lr=0.1, mu=0.9, weight_decay=0.5)
        check_close(w_new, [2.85, -3.8], ATOL, RTOL, "w_new")
        check_close(v_new, [-0.15, 0.2], ATOL, RTOL, "v_new")

    def test_inputs_not_modified(self):
        """w, g and v are unchanged by the call"""
        w, g, v = np.array([1.0, 2.0]), np.array([0.3, -0.3]), np.array([0.1, 0.2])
        saved = [a.copy() for a in (w, g, v)]
        sgd_momentum_step(w, g, v, lr=0.1, mu=0.9, weight_decay=0.01)
        for name, a, b in zip("wgv", (w, g, v), saved):
            check_close(a, b, 0, 0, name + " after the call")


from mlreps_check import check


class GapTests(unittest.TestCase):
    def test_list_and_integer_inputs(self):
        """Lists and integer arrays are accepted; both outputs are float64 arrays"""
        w_new, v_new = sgd_momentum_step([1, -2], [0.5, 0.5], [0.1, 0.0], lr=0.1)
        for name, a in (("w_new", w_new), ("v_new", v_new)):
            check(isinstance(a, np.ndarray) and a.dtype == np.float64, name + " must be a float64 array", "float64", getattr(a, "dtype", type(a).__name__))
        check_close(w_new, [1.04, -2.05], 1e-10, 1e-8, "w_new from lists")
        check_close(v_new, [0.04, -0.05], 1e-10, 1e-8, "v_new from lists")


if __name__ == "__main__":
    unittest.main()
