import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import adamw_step

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_first_step_example(self):
        """The README example: decay on w only, step size lr on the first step"""
        params = {"w": np.array([1.0, -2.0]), "b": np.array([0.5])}
        grads = {"w": np.array([0.1, 0.1]), "b": np.array([-0.3])}
        new, state = adamw_step(params, grads, None, lr=0.1, weight_decay=0.5, no_decay={"b"})
        step_w = 0.1 / (math.sqrt(0.001 * 0.01 / 0.001) + 1e-8)
        check_close(new["w"], [1.0 - 0.1 * (step_w + 0.5), -2.0 - 0.1 * (step_w - 1.0)], ATOL, RTOL, "new['w']")
        check_close(new["b"], [0.5 + 0.1 * 0.3 / (0.3 + 1e-8)], ATOL, RTOL, "new['b']")
        check_equal(state["t"], 1, "state['t']")

    def test_two_steps_carry_the_moments(self):
        """A second call uses the returned state: moments and t = 2 bias corrections"""
        params = {"w": np.array([1.0])}
        p1, s1 = adamw_step(params, {"w": np.array([0.5])}, None, lr=0.01, weight_decay=0.1)
        p2, s2 = adamw_step(p1, {"w": np.array([-1.0])}, s1, lr=0.01, weight_decay=0.1)
        m = 0.9 * 0.05 + 0.1 * -1.0
        v = 0.999 * 0.00025 + 0.001 * 1.0
        w1 = 1.0 - 0.01 * (0.5 / (0.5 + 1e-8) + 0.1)
        expected = w1 - 0.01 * ((m / (1 - 0.9 ** 2)) / (math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8) + 0.1 * w1)
        check_close(p2["w"], [expected], ATOL, RTOL, "w after two steps")
        check_close(s2["m"]["w"], [m], ATOL, RTOL, "m after two steps")
        check_close(s2["v"]["w"], [v], ATOL, RTOL, "v after two steps")
        check_equal(s2["t"], 2, "state['t'] after two steps")

    def test_zero_gradient_still_decays(self):
        """With a zero gradient only the decay moves w: w * (1 - lr * wd)"""
        new, _ = adamw_step({"w": np.array([2.0, -4.0])}, {"w": np.zeros(2)}, None, lr=0.1, weight_decay=0.2)
        check_close(new["w"], [2.0 * 0.98, -4.0 * 0.98], ATOL, RTOL, "w after a zero-gradient step")


if __name__ == "__main__":
    unittest.main()
