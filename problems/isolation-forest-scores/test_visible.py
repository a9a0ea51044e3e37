import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import average_path_length, isolation_forest_scores


class VisibleTests(unittest.TestCase):
    def test_average_path_length(self):
        """c(0) = c(1) = 0, c(2) = 1, and the harmonic-number formula above 2"""
        check_close([average_path_length(0), average_path_length(1), average_path_length(2)], [0.0, 0.0, 1.0], 0, 1e-12, "c(0), c(1), c(2)")
        for n in (3, 10, 256):
            expected = 2 * (math.log(n - 1) + 0.5772156649015329) - 2 * (n - 1) / n
            check_close(average_path_length(n), expected, 0, 1e-12, "c(%d)" % n)

    def test_identical_points_score_one_half(self):
        """All training rows identical: every tree is a single leaf of psi rows, so every score is 2^-1"""
        got = isolation_forest_scores(np.ones((50, 3)), [[1, 1, 1], [2, 2, 2]], n_trees=10)
        check_close(got, [0.5, 0.5], 0, 1e-12, "scores with identical training rows")

    def test_outlier_scores_higher(self):
        """A far point scores higher than a central one"""
        X = np.random.default_rng(0).normal(size=(300, 2))
        s = np.asarray(isolation_forest_scores(X, [[0.0, 0.0], [6.0, 6.0]], seed=1))
        check(s[1] > 0.6 > s[0], "the outlier must score above 0.6 and the centre below", "s[1] > 0.6 > s[0]", s)


if __name__ == "__main__":
    unittest.main()
