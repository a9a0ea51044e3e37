import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import best_split

ATOL, RTOL = 1e-12, 1e-9


def _check_split(got, feature, threshold, score, what):
    check(got is not None, "%s: expected a split, got None" % what, (feature, threshold, score), got)
    check_equal(int(got[0]), feature, "%s: feature" % what)
    check_close(float(got[1]), threshold, ATOL, RTOL, "%s: threshold" % what)
    check_close(float(got[2]), score, ATOL, RTOL, "%s: weighted Gini" % what)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The worked example picks feature 0, threshold 2.5, score 0.25"""
        X = np.array([[1.0, 7.0], [2.0, 3.0], [3.0, 5.0], [4.0, 1.0], [5.0, 5.0], [6.0, 2.0]])
        y = np.array([0, 0, 1, 0, 1, 1])
        _check_split(best_split(X, y), 0, 2.5, 0.25, "worked example")

    def test_perfect_split_on_second_feature(self):
        """A feature that separates the classes perfectly wins with score 0"""
        X = np.array([[1.0, 7.0], [2.0, 3.0], [3.0, 5.0], [4.0, 1.0], [5.0, 9.0], [6.0, 2.0]])
        y = np.array([0, 1, 0, 1, 0, 1])
        _check_split(best_split(X, y), 1, 4.0, 0.0, "separable on feature 1")

    def test_constant_features_give_none(self):
        """With every feature constant there is no candidate, so the result is None"""
        X = np.array([[3.0, 1.0], [3.0, 1.0], [3.0, 1.0]])
        check(best_split(X, np.array([0, 1, 0])) is None, "expected None for constant features", None, "a split")


if __name__ == "__main__":
    unittest.main()
