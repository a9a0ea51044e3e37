import math
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import simulate, ucb1_select


class VisibleTests(unittest.TestCase):
    def test_unplayed_arm_first(self):
        """An arm that was never played is chosen before any score: [3, 0, 2] picks arm 1"""
        got = ucb1_select([3, 0, 2], [2.0, 0.0, 1.0])
        check(type(got) is int, "ucb1_select must return a Python int", "int", type(got).__name__)
        check_equal(got, 1, "ucb1_select([3, 0, 2], [2, 0, 1])")

    def test_scores_and_tie(self):
        """Counts [2, 4, 4], sums [1, 3, 3]: arm 0 with c = sqrt(2); with c = 0.5 arms 1 and 2 tie and arm 1 wins"""
        check_equal(ucb1_select([2, 4, 4], [1.0, 3.0, 3.0]), 0, "ucb1_select with c = sqrt(2)")
        check_equal(ucb1_select([2, 4, 4], [1.0, 3.0, 3.0], c=0.5), 1, "ucb1_select with c = 0.5 (tie between 1 and 2)")

    def test_simulate_example(self):
        """simulate([0.2, 0.5], 6, seed=0) plays arms [0, 1, 1, 1, 1, 0] with rewards [0, 1, 1, 1, 0, 0]"""
        arms, rewards = simulate([0.2, 0.5], 6, seed=0)
        check_shape(arms, (6,), "arms")
        check_equal(np.asarray(arms).tolist(), [0, 1, 1, 1, 1, 0], "arms chosen")
        check_equal(np.asarray(rewards).tolist(), [0.0, 1.0, 1.0, 1.0, 0.0, 0.0], "rewards")


if __name__ == "__main__":
    unittest.main()
