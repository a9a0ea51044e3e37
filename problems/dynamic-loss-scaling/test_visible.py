import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import scaler_step


class VisibleTests(unittest.TestCase):
    def test_good_step_unscales(self):
        """A finite float16 gradient is divided by the scale and returned as float32"""
        g = {"w": np.array([1024.0, -2048.0], dtype=np.float16)}
        grads, scale, good = scaler_step(g, 1024.0, 0, growth_interval=2)
        check_close(grads["w"], [1.0, -2.0], 0, 1e-6, "unscaled grads['w']")
        check_equal(np.asarray(grads["w"]).dtype, np.dtype(np.float32), "dtype of the unscaled gradient")
        check_equal((scale, good), (1024.0, 1), "(scale, good_steps) after one good step")

    def test_growth_after_interval(self):
        """The growth_interval-th good step in a row doubles the scale and resets the counter"""
        g = {"w": np.array([1024.0], dtype=np.float16)}
        _, scale, good = scaler_step(g, 1024.0, 1, growth_interval=2)
        check_equal((scale, good), (2048.0, 0), "(scale, good_steps) after the second good step")

    def test_overflow_skips_and_backs_off(self):
        """An inf gradient skips the step, halves the scale and resets the counter"""
        got = scaler_step({"w": np.array([np.inf, 1.0], dtype=np.float16)}, 1024.0, 1, growth_interval=2)
        check(got[0] is None, "an overflowing step must return None for the gradients", None, got[0])
        check_equal((got[1], got[2]), (512.0, 0), "(scale, good_steps) after an overflow")


if __name__ == "__main__":
    unittest.main()
