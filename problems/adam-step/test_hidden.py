import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import adam_step

ATOL, RTOL = 1e-12, 1e-9


class HiddenTests(unittest.TestCase):
    def test_zero_gradient_from_zero_moments(self):
        """A zero gradient with zero moments leaves w unchanged (no nan)"""
        w = np.array([0.3, -0.7])
        w1, m1, v1 = adam_step(w, np.zeros(2), np.zeros(2), np.zeros(2), t=1)
        check(bool(np.all(np.isfinite(w1))), "w_new must be finite", "finite", w1)
        check_close(w1, w, ATOL, RTOL, "w_new")
        check_close(m1, [0.0, 0.0], ATOL, RTOL, "m_new")

    def test_eps_outside_sqrt(self):
        """With a tiny gradient 1e-10, the first step is lr * 1e-10 / (1e-10 + eps)"""
        w1, _, _ = adam_step(np.array([0.0]), np.array([1e-10]), np.zeros(1), np.zeros(1), t=1, lr=1.0)
        check_close(w1, [-1e-10 / (1e-10 + 1e-8)], 1e-15, 1e-9, "w_new")

    def test_constant_gradient_steps_are_equal(self):
        """With a constant gradient, bias correction makes every step lr * g / (|g| + eps)"""
        g = np.array([0.5, -3.0, 1e-3])
        w, m, v = np.zeros(3), np.zeros(3), np.zeros(3)
        for t in range(1, 8):
            w_prev = w
            w, m, v = adam_step(w, g, m, v, t, lr=0.01)
            check_close(w - w_prev, -0.01 * g / (np.abs(g) + 1e-8), 1e-12, 1e-7, "step %d" % t)

    def test_custom_betas_third_step(self):
        """A step at t=3 with beta1=0.8, beta2=0.99 and nonzero moments"""
        w, g, m, v = 2.0, -0.4, 0.05, 0.02
        w3, m3, v3 = adam_step(np.array([w]), np.array([g]), np.array([m]), np.array([v]), t=3,
                               lr=0.05, beta1=0.8, beta2=0.99, eps=1e-6)
        m_exp = 0.8 * m + 0.2 * g
        v_exp = 0.99 * v + 0.01 * g * g
        m_hat = m_exp / (1 - 0.8 ** 3)
        v_hat = v_exp / (1 - 0.99 ** 3)
        check_close(m3, [m_exp], ATOL, RTOL, "m_new")
        check_close(v3, [v_exp], ATOL, RTOL, "v_new")
        check_close(w3, [w - 0.05 * m_hat / (math.sqrt(v_hat) + 1e-6)], ATOL, RTOL, "w_new")

    def test_gradient_scale_invariance(self):
        """Multiplying all gradients by 1000 barely changes the trajectory"""
        rng = np.random.default_rng(0)
        grads = rng.normal(size=(5, 4))
        w_a = w_b = np.zeros(4)
        m_a = v_a = m_b = v_b = np.zeros(4)
        for t in range(1, 6):
            w_a, m_a, v_a = adam_step(w_a, grads[t - 1], m_a, v_a, t, lr=0.01)
            w_b, m_b, v_b = adam_step(w_b, 1000 * grads[t - 1], m_b, v_b, t, lr=0.01)
        check_close(w_b, w_a, 1e-8, 1e-5, "weights after scaled gradients")

    def test_matrix_shapes(self):
        """Works elementwise on a (3, 2) parameter"""
        rng = np.random.default_rng(1)
        w, g = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        m, v = rng.normal(size=(3, 2)) * 0.1, rng.uniform(0.01, 0.1, size=(3, 2))
        w1, m1, v1 = adam_step(w, g, m, v, t=4)
        for name, arr in (("w_new", w1), ("m_new", m1), ("v_new", v1)):
            check_shape(arr, (3, 2), name)
        check_close(v1, 0.999 * v + 0.001 * g ** 2, ATOL, RTOL, "v_new")

    def test_inputs_not_modified(self):
        """w, g, m and v are unchanged by the call"""
        w, g, m, v = np.array([1.0, 2.0]), np.array([0.3, -0.3]), np.array([0.1, 0.2]), np.array([0.01, 0.02])
        saved = [a.copy() for a in (w, g, m, v)]
        adam_step(w, g, m, v, t=3)
        for name, a, b in zip(["w", "g", "m", "v"], (w, g, m, v), saved):
            check_close(a, b, 0, 0, name + " after the call")


class GapTests(unittest.TestCase):
    def test_list_and_int_inputs(self):
        """Plain lists and integer arrays are accepted; the outputs are float64 arrays"""
        w1, m1, v1 = adam_step([1.0, -1.0, 0.5], [0.1, -0.2, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0], t=1, lr=0.1)
        for name, a in (("w_new", w1), ("m_new", m1), ("v_new", v1)):
            check(isinstance(a, np.ndarray) and a.dtype == np.float64, name + " from list inputs must be a float64 array", "float64 ndarray",
                  getattr(a, "dtype", type(a).__name__))
        check_close(m1, [0.01, -0.02, 0.0], 1e-12, 1e-9, "m_new from lists")
        w2, _, _ = adam_step(np.array([3, -2]), np.array([1, 1]), np.zeros(2), np.zeros(2), t=1, lr=0.5)
        check_close(w2, [3 - 0.5 / (1 + 1e-8), -2 - 0.5 / (1 + 1e-8)], 1e-12, 1e-9, "w_new from integer w and g")


if __name__ == "__main__":
    unittest.main()
