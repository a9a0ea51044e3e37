import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import permutation_importance


def neg_mse(t, p):
    return -float(np.mean((np.asarray(t) - np.asarray(p)) ** 2))


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """The 4-row example with seed 0: raw [[6, 20, 10], [0, 0, 0]]"""
        X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [3.0, 1.0]])
        mean, std, raw = permutation_importance(lambda A: 2 * A[:, 0], X, 2 * X[:, 0], neg_mse, n_repeats=3, seed=0)
        check_shape(raw, (2, 3), "raw")
        check_close(raw, [[6.0, 20.0, 10.0], [0.0, 0.0, 0.0]], 1e-12, 0, "raw")
        check_close(mean, [12.0, 0.0], 1e-12, 0, "mean")
        check_close(std, [np.std([6.0, 20.0, 10.0]), 0.0], 1e-12, 0, "std")

    def test_unused_feature_scores_zero(self):
        """A feature the model never reads has importance exactly 0 in every repeat"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(20, 3))
        mean, std, raw = permutation_importance(lambda A: A[:, 0] - A[:, 2], X, X[:, 0] - X[:, 2], neg_mse, n_repeats=4, seed=5)
        check_close(np.asarray(raw)[1], np.zeros(4), 0, 0, "raw importances of the unused feature")

    def test_reproducible_from_seed(self):
        """The same seed gives the same result"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(15, 2))
        a = permutation_importance(lambda A: A @ np.array([1.0, 3.0]), X, X @ np.array([1.0, 3.0]), neg_mse, 3, seed=11)
        b = permutation_importance(lambda A: A @ np.array([1.0, 3.0]), X, X @ np.array([1.0, 3.0]), neg_mse, 3, seed=11)
        check_close(a[2], b[2], 0, 0, "raw from two runs with seed 11")


if __name__ == "__main__":
    unittest.main()
