import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import rmsprop_step

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_first_step(self):
        """First step from zero state: each coordinate moves by lr / sqrt(1 - alpha) against its sign"""
        w1, s1 = rmsprop_step(np.array([1.0, -1.0]), np.array([0.5, -2.0]), None, lr=0.1, alpha=0.9)
        check_close(w1, [1.0 - 0.1 * 0.5 / (math.sqrt(0.025) + 1e-8), -1.0 + 0.1 * 2.0 / (math.sqrt(0.4) + 1e-8)], ATOL, RTOL, "w after one step")
        check_close(s1["sq"], [0.025, 0.4], ATOL, RTOL, "state['sq'] after one step")

    def test_second_step_uses_state(self):
        """The second step continues the running average of g**2"""
        w = np.array([2.0])
        w1, s1 = rmsprop_step(w, np.array([1.0]), None, lr=0.01, alpha=0.5)
        w2, s2 = rmsprop_step(w1, np.array([3.0]), s1, lr=0.01, alpha=0.5)
        sq = 0.5 * 0.5 + 0.5 * 9.0
        check_close(s2["sq"], [sq], ATOL, RTOL, "state['sq'] after two steps")
        check_close(w2, [2.0 - 0.01 / (math.sqrt(0.5) + 1e-8) - 0.01 * 3.0 / (math.sqrt(sq) + 1e-8)], ATOL, RTOL, "w after two steps")

    def test_centered_first_step(self):
        """Centered: the first step divides by sqrt(0.1 g**2 - 0.01 g**2) = 0.3 |g|"""
        w1, _ = rmsprop_step(np.array([1.0, -1.0]), np.array([0.5, -2.0]), None, lr=0.1, alpha=0.9, centered=True)
        check_close(w1, [1.0 - 0.1 * 0.5 / (0.15 + 1e-8), -1.0 + 0.1 * 2.0 / (0.6 + 1e-8)], ATOL, RTOL, "w after one centered step")


if __name__ == "__main__":
    unittest.main()
