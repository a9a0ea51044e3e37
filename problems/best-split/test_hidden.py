import copy
import unittest
from collections import Counter
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import best_split

ATOL, RTOL = 1e-12, 1e-9


def _gini_frac(labels):
    n = len(labels)
    return 1 - sum(Fraction(c, n) ** 2 for c in Counter(labels).values())


def _brute_force(X, y):
    # Exact rational scores: ties are exact, then (feature, threshold) order decides.
    n, d = X.shape
    best = None
    for j in range(d):
        vals = sorted(set(X[:, j].tolist()))
        for a, b in zip(vals[:-1], vals[1:]):
            t = (a + b) / 2.0
            left = [y[i] for i in range(n) if X[i, j] <= t]
            right = [y[i] for i in range(n) if X[i, j] > t]
            s = Fraction(len(left), n) * _gini_frac(left) + Fraction(len(right), n) * _gini_frac(right)
            if best is None or s < best[0]:
                best = (s, j, t)
    return None if best is None else (best[1], best[2], float(best[0]))


def _check_split(got, expected, what):
    check(got is not None, "%s: expected a split, got None" % what, expected, got)
    check_equal(int(got[0]), expected[0], "%s: feature" % what)
    check_close(float(got[1]), expected[1], ATOL, RTOL, "%s: threshold" % what)
    check_close(float(got[2]), expected[2], ATOL, RTOL, "%s: weighted Gini" % what)


class HiddenTests(unittest.TestCase):
    def test_random_continuous_against_brute_force(self):
        """Random continuous data with 2-3 classes matches an exact brute-force search"""
        rng = np.random.default_rng(0)
        for trial in range(10):
            n, d = int(rng.integers(5, 40)), int(rng.integers(1, 5))
            X = rng.normal(size=(n, d))
            y = rng.integers(0, int(rng.integers(2, 4)), size=n)
            _orig_X = copy.deepcopy(X)
            _orig_y = copy.deepcopy(y)
            _check_split(best_split(X, y), _brute_force(_orig_X, _orig_y.tolist()), "trial %d" % trial)

    def test_repeated_values_against_brute_force(self):
        """Integer-valued features with many repeated values and many tied scores"""
        rng = np.random.default_rng(1)
        for trial in range(10):
            X = rng.integers(0, 5, size=(30, 3)).astype(float)
            y = rng.integers(0, 2, size=30)
            _orig_X = copy.deepcopy(X)
            _orig_y = copy.deepcopy(y)
            _check_split(best_split(X, y), _brute_force(_orig_X, _orig_y.tolist()), "trial %d" % trial)

    def test_tie_across_features_takes_lowest_feature(self):
        """Two features that order the samples identically tie, and feature 0 wins"""
        X = np.array([[10.0, 1.0], [20.0, 2.0], [30.0, 3.0], [40.0, 4.0]])
        y = np.array([1, 1, 0, 0])
        _orig_y = copy.deepcopy(y)
        _check_split(best_split(X[:, ::-1], y), (0, 2.5, 0.0), "reversed columns")
        _check_split(best_split(X, _orig_y), (0, 25.0, 0.0), "original columns")

    def test_pure_labels_return_first_candidate(self):
        """If y is pure every candidate scores 0, so the lowest threshold of feature 0 is returned"""
        X = np.array([[5.0, 0.0], [1.0, 1.0], [3.0, 2.0]])
        _check_split(best_split(X, np.array([2, 2, 2])), (0, 2.0, 0.0), "pure labels")

    def test_constant_first_feature_is_skipped(self):
        """A constant feature has no candidates; the split comes from the next feature"""
        X = np.array([[7.0, 0.0], [7.0, 1.0], [7.0, 2.0], [7.0, 3.0]])
        y = np.array([0, 0, 1, 1])
        _check_split(best_split(X, y), (1, 1.5, 0.0), "constant feature 0")

    def test_single_sample_gives_none(self):
        """One sample cannot be split"""
        check(best_split(np.array([[1.0, 2.0]]), np.array([1])) is None, "expected None for n=1", None, "a split")

    def test_string_labels(self):
        """String labels work the same as integer labels"""
        X = np.array([[0.5], [1.5], [2.5], [3.5], [4.5]])
        y = np.array(["no", "no", "yes", "no", "yes"])
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _check_split(best_split(X, y), _brute_force(_orig_X, _orig_y.tolist()), "string labels")

    def test_inputs_unchanged(self):
        """X and y are not modified (for example by an in-place sort)"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(12, 3))
        y = rng.integers(0, 3, size=12)
        Xc, yc = X.copy(), y.copy()
        best_split(X, y)
        check_equal(X, Xc, "X after the call")
        check_equal(y, yc, "y after the call")


class GapTests(unittest.TestCase):
    def test_nested_list_and_integer_inputs(self):
        """X as a nested list of ints and y as a list give the float threshold 2.5"""
        X = [[1, 7], [2, 3], [3, 5], [4, 1], [5, 5], [6, 2]]
        y = [0, 0, 1, 0, 1, 1]
        got = best_split(X, y)
        check(got is not None and len(got) == 3, "best_split on lists must return a (feature, threshold, score) tuple", "(0, 2.5, 0.25)", got)
        check_equal(got[0], 0, "feature for list input")
        check_close([got[1], got[2]], [2.5, 0.25], 1e-12, 1e-9, "threshold and score for list input")
        check(isinstance(got[1], float), "the threshold must be a float", "float", type(got[1]).__name__)


if __name__ == "__main__":
    unittest.main()
