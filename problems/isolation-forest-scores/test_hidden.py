import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import average_path_length, isolation_forest_scores


def _c(n):
    # The definition from the statement, written out independently.
    if n <= 1:
        return 0.0
    if n == 2:
        return 1.0
    return 2 * (math.log(n - 1) + 0.5772156649015329) - 2 * (n - 1) / n


class HiddenTests(unittest.TestCase):
    def test_c_values(self):
        """c(n) for a range of n, as Python floats"""
        for n in (3, 4, 5, 17, 64, 1000, 10 ** 6):
            got = average_path_length(n)
            check(isinstance(got, float), "c(n) must be a Python float", "float", type(got).__name__)
            check_close(got, _c(n), 0, 1e-12, "c(%d)" % n)

    def test_two_training_rows(self):
        """Two training rows: psi = 2, the height limit is 1, every path length is 1, every score 0.5"""
        got = isolation_forest_scores([[0.0, 1.0], [3.0, -2.0]], [[0.0, 1.0], [100.0, 100.0], [1.5, 0.0]], n_trees=20, seed=3)
        check_close(got, [0.5, 0.5, 0.5], 0, 1e-12, "scores with two training rows")

    def test_planted_outliers_rank_first(self):
        """500 inliers and 5 planted outliers: the outliers get the 5 highest scores, above 0.6; inliers average below 0.5"""
        rng = np.random.default_rng(11)
        inl = rng.normal(size=(500, 3))
        out = rng.normal(size=(5, 3)) * 0.3 + np.array([7.0, -7.0, 7.0])
        X = np.vstack([inl, out])
        s = np.asarray(isolation_forest_scores(X, X, n_trees=60, sample_size=64, seed=5))
        top = set(np.argsort(-s)[:5].tolist())
        check(top == set(range(500, 505)), "the planted outliers must have the 5 highest scores", list(range(500, 505)), sorted(top))
        check(s[500:].min() > 0.6, "outlier scores must exceed 0.6", "> 0.6", s[500:])
        check(s[:500].mean() < 0.5, "inlier scores average below 0.5 (normalised by c(psi), psi = 64)", "< 0.5", s[:500].mean())

    def test_scores_in_range_and_seeded(self):
        """Scores lie in (0, 1); same seed, same scores; the global np.random state is untouched"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(120, 2))
        np.random.seed(3)
        before = np.random.get_state()
        a = np.asarray(isolation_forest_scores(X, X[:10], n_trees=30, seed=9))
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "isolation_forest_scores must not use or change the global np.random state", "unchanged", "changed")
        np.random.seed(4)
        b = np.asarray(isolation_forest_scores(X, X[:10], n_trees=30, seed=9))
        check(np.array_equal(a, b), "the same seed must give the same scores", a, b)
        check(np.all((a > 0) & (a < 1)), "scores must lie in (0, 1)", "(0, 1)", a)

    def test_sample_size_above_n(self):
        """sample_size larger than the data uses every row (psi = n)"""
        X = np.vstack([np.zeros((30, 1)), [[50.0]]])
        s = np.asarray(isolation_forest_scores(X, [[0.0], [50.0]], n_trees=40, sample_size=1000, seed=1))
        check(s[1] > s[0], "the lone point at 50 must score above the 30 identical zeros", "s[1] > s[0]", s)

    def test_invalid_input_raises(self):
        """Bad n, shapes, values and parameters raise ValueError"""
        X = [[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]
        cases = {
            "negative n": lambda: average_path_length(-1),
            "float n": lambda: average_path_length(2.0),
            "1-D train": lambda: isolation_forest_scores([1.0, 2.0], [[1.0]]),
            "one training row": lambda: isolation_forest_scores([[1.0, 2.0]], [[1.0, 2.0]]),
            "width mismatch": lambda: isolation_forest_scores(X, [[1.0]]),
            "NaN": lambda: isolation_forest_scores([[0.0, float("nan")], [1.0, 1.0]], [[0.0, 0.0]]),
            "n_trees 0": lambda: isolation_forest_scores(X, X, n_trees=0),
            "sample_size 1": lambda: isolation_forest_scores(X, X, sample_size=1),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """X_train and X_score are left unchanged"""
        X = np.random.default_rng(6).normal(size=(40, 2))
        Z = X[:5].copy()
        Xb, Zb = X.copy(), Z.copy()
        isolation_forest_scores(X, Z, n_trees=10)
        check(np.array_equal(X, Xb) and np.array_equal(Z, Zb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
