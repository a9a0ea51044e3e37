import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import adam_step

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_first_step_moments(self):
        """First step from zero moments: m = 0.1 g, v = 0.001 g^2"""
        g = np.array([0.1, -0.2, 0.0])
        w1, m1, v1 = adam_step(np.array([1.0, -1.0, 0.5]), g, np.zeros(3), np.zeros(3), t=1, lr=0.1)
        check_shape(w1, (3,), "w_new")
        check_close(m1, [0.01, -0.02, 0.0], ATOL, RTOL, "m_new")
        check_close(v1, [1e-5, 4e-5, 0.0], ATOL, RTOL, "v_new")

    def test_first_step_is_sign_like(self):
        """First step from zero moments moves each weight by lr * g / (|g| + eps)"""
        g = np.array([0.1, -0.2, 0.0])
        w1, _, _ = adam_step(np.array([1.0, -1.0, 0.5]), g, np.zeros(3), np.zeros(3), t=1, lr=0.1)
        expected = [1.0 - 0.1 * 0.1 / (0.1 + 1e-8), -1.0 + 0.1 * 0.2 / (0.2 + 1e-8), 0.5]
        check_close(w1, expected, ATOL, RTOL, "w_new")

    def test_second_step(self):
        """Second step (t=2) uses bias corrections 1 - 0.9^2 and 1 - 0.999^2"""
        w1 = np.array([1.0 - 0.1 * 0.1 / (0.1 + 1e-8)])
        m1, v1 = np.array([0.01]), np.array([1e-5])
        w2, m2, v2 = adam_step(w1, np.array([0.3]), m1, v1, t=2, lr=0.1)
        m_exp = 0.9 * 0.01 + 0.1 * 0.3
        v_exp = 0.999 * 1e-5 + 0.001 * 0.09
        step = 0.1 * (m_exp / (1 - 0.9 ** 2)) / (math.sqrt(v_exp / (1 - 0.999 ** 2)) + 1e-8)
        check_close(m2, [m_exp], ATOL, RTOL, "m_new")
        check_close(v2, [v_exp], ATOL, RTOL, "v_new")
        check_close(w2, [w1[0] - step], ATOL, RTOL, "w_new")


if __name__ == "__main__":
    unittest.main()
