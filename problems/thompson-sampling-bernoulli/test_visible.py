import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import simulate, thompson_select, update_posterior


class VisibleTests(unittest.TestCase):
    def test_select_plays_the_largest_draw(self):
        """With default_rng(0) the draws are 0.989, 0.002, 0.997: arm 2 is played"""
        got = thompson_select([2, 1, 1], [1, 2, 1], np.random.default_rng(0))
        check(type(got) is int, "thompson_select must return a Python int", "int", type(got).__name__)
        check_equal(got, 2, "thompson_select([2, 1, 1], [1, 2, 1], default_rng(0))")

    def test_update(self):
        """A success adds 1 to alpha[arm]; a failure adds 1 to beta[arm]"""
        a, b = update_posterior([1, 1, 1], [1, 1, 1], 2, 1)
        check_equal(np.asarray(a).tolist(), [1.0, 1.0, 2.0], "alpha after a success on arm 2")
        check_equal(np.asarray(b).tolist(), [1.0, 1.0, 1.0], "beta after a success on arm 2")
        a, b = update_posterior([3, 1], [2, 5], 0, 0)
        check_equal(np.asarray(a).tolist(), [3.0, 1.0], "alpha after a failure on arm 0")
        check_equal(np.asarray(b).tolist(), [3.0, 5.0], "beta after a failure on arm 0")

    def test_simulate_example(self):
        """simulate([0.2, 0.6], 8, seed=0) matches the worked example"""
        arms, rewards = simulate([0.2, 0.6], 8, seed=0)
        check_shape(arms, (8,), "arms")
        check_equal(np.asarray(arms).tolist(), [1, 1, 0, 0, 1, 1, 1, 1], "arms played")
        check_equal(np.asarray(rewards).tolist(), [0.0] * 7 + [1.0], "rewards")


if __name__ == "__main__":
    unittest.main()
