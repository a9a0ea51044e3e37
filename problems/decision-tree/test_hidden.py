import copy
import unittest
from collections import Counter
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import DecisionTreeClassifier


def _gini(labels):
    n = len(labels)
    return 1 - sum(Fraction(c, n) ** 2 for c in Counter(labels).values())


def _majority(labels):
    counts = Counter(labels)
    best = max(counts.values())
    return min(l for l, c in counts.items() if c == best)


def _grow(rows, labels, depth, max_depth, min_split):
    # Plain-Python CART with exact rational scores; returns a nested tuple.
    if (max_depth is not None and depth >= max_depth) or len(labels) < min_split or len(set(labels)) == 1:
        return ("leaf", _majority(labels))
    n, d = len(rows), len(rows[0])
    best = None
    for j in range(d):
        vals = sorted(set(r[j] for r in rows))
        for a, b in zip(vals[:-1], vals[1:]):
            t = (a + b) / 2.0
            left = [l for r, l in zip(rows, labels) if r[j] <= t]
            right = [l for r, l in zip(rows, labels) if r[j] > t]
            s = Fraction(len(left), n) * _gini(left) + Fraction(len(right), n) * _gini(right)
            if best is None or s < best[0]:
                best = (s, j, t)
    if best is None:
        return ("leaf", _majority(labels))
    _, j, t = best
    L = [(r, l) for r, l in zip(rows, labels) if r[j] <= t]
    R = [(r, l) for r, l in zip(rows, labels) if r[j] > t]
    return ("node", j, t,
            _grow([r for r, _ in L], [l for _, l in L], depth + 1, max_depth, min_split),
            _grow([r for r, _ in R], [l for _, l in R], depth + 1, max_depth, min_split))


def _predict(tree, X):
    out = []
    for x in X:
        node = tree
        while node[0] == "node":
            node = node[3] if x[node[1]] <= node[2] else node[4]
        out.append(node[1])
    return np.array(out)


def _expected(X, y, Q, max_depth=None, min_split=2):
    tree = _grow(X.tolist(), y.tolist(), 0, max_depth, min_split)
    return _predict(tree, Q.tolist())


class HiddenTests(unittest.TestCase):
    def test_random_against_plain_python_cart(self):
        """Random data with several depth limits matches a plain-Python CART on train and new points"""
        rng = np.random.default_rng(0)
        for trial in range(4):
            X = rng.normal(size=(40, 3))
            y = (X[:, 0] + 0.5 * X[:, 1] ** 2 + 0.3 * rng.normal(size=40) > 0.4).astype(int) + (X[:, 2] > 1)
            Q = rng.normal(size=(30, 3))
            for max_depth in (1, 2, 3, None):
                _orig_X = copy.deepcopy(X)
                _orig_y = copy.deepcopy(y)
                _orig_max_depth = copy.deepcopy(max_depth)
                tree = DecisionTreeClassifier(max_depth=max_depth).fit(X, y)
                what = "trial %d, max_depth=%s" % (trial, max_depth)
                check_equal(np.asarray(tree.predict(X)), _expected(_orig_X, _orig_y, _orig_X, _orig_max_depth), what + " (training points)")
                _orig_Q = copy.deepcopy(Q)
                check_equal(np.asarray(tree.predict(Q)), _expected(_orig_X, _orig_y, _orig_Q, _orig_max_depth), what + " (new points)")

    def test_min_samples_split_against_plain_python_cart(self):
        """min_samples_split of 5 and 12 matches the plain-Python CART on integer-grid data with ties"""
        rng = np.random.default_rng(1)
        X = rng.integers(0, 4, size=(36, 2)).astype(float)
        y = rng.integers(0, 3, size=36)
        Q = np.array([[a / 2.0, b / 2.0] for a in range(-1, 9) for b in range(-1, 9)])
        for mss in (2, 5, 12):
            _orig_X = copy.deepcopy(X)
            _orig_y = copy.deepcopy(y)
            _orig_mss = copy.deepcopy(mss)
            tree = DecisionTreeClassifier(min_samples_split=mss).fit(X, y)
            _orig_Q = copy.deepcopy(Q)
            check_equal(np.asarray(tree.predict(Q)), _expected(_orig_X, _orig_y, _orig_Q, None, _orig_mss), "min_samples_split=%d" % mss)

    def test_ties_lost_to_rounding_still_go_to_the_first_candidate(self):
        """Equal Gini scores that differ only by float rounding are tied (1e-12): the lowest feature wins"""
        for seed in (54, 373):
            rng = np.random.default_rng(seed)
            n = int(rng.integers(6, 14))
            X = rng.integers(0, 4, size=(n, 3)).astype(float)
            y = rng.integers(0, 3, size=n)
            Q = rng.integers(0, 4, size=(30, 3)).astype(float) + rng.choice([0, 0.5], size=(30, 3))
            for depth in (1, 2):
                tree = DecisionTreeClassifier(max_depth=depth).fit(X.copy(), y.copy())
                check_equal(np.asarray(tree.predict(Q)), _expected(X, y, Q, depth, 2), "seed %d, max_depth=%d" % (seed, depth))

    def test_min_samples_split_boundary(self):
        """A node with exactly min_samples_split samples is split; with one fewer it is a leaf"""
        X = np.array([[0.0], [1.0], [2.0]])
        y = np.array([5, 3, 5])
        # Root (3 samples) splits at 0.5 (tied with 1.5, lower threshold wins); the right child {3, 5}
        # has 2 < 3 samples, so it is a leaf with a tied vote -> 3.
        check_equal(np.asarray(DecisionTreeClassifier(min_samples_split=3).fit(X, y).predict(X)),
                    np.array([5, 3, 3]), "3 samples, min_samples_split=3")
        check_equal(np.asarray(DecisionTreeClassifier(min_samples_split=4).fit(X, y).predict(X)),
                    np.array([5, 5, 5]), "3 samples, min_samples_split=4")

    def test_unlimited_tree_fits_distinct_points(self):
        """With distinct rows and no limits, training accuracy is 100%"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(50, 4))
        y = rng.integers(-2, 3, size=50)
        check_equal(np.asarray(DecisionTreeClassifier().fit(X, y).predict(X)), y, "training predictions")

    def test_duplicate_rows_with_conflicting_labels(self):
        """Identical rows cannot be split: the leaf predicts their majority, ties to the smallest label"""
        X = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [5.0, 5.0]])
        y = np.array([4, 2, 4, 2, 9])
        got = DecisionTreeClassifier().fit(X, y).predict(np.array([[1.0, 1.0], [5.0, 5.0], [2.9, 0.0]]))
        # Root splits at x0 <= 3: left node {4, 2, 4, 2} has no candidate -> leaf with a tie -> 2.
        check_equal(np.asarray(got), np.array([2, 9, 2]), "predictions")

    def test_threshold_is_midpoint_and_left_is_inclusive(self):
        """Split of {0 -> a, 4 -> b} is at 2.0; a query at exactly 2.0 goes left"""
        X = np.array([[0.0], [4.0]])
        y = np.array([1, 0])
        got = DecisionTreeClassifier().fit(X, y).predict(np.array([[1.99], [2.0], [2.01]]))
        check_equal(np.asarray(got), np.array([1, 1, 0]), "predictions around the threshold")

    def test_shapes_and_inputs_unchanged(self):
        """predict returns shape (m,); fit returns the estimator; X and y are not modified"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(15, 2))
        y = rng.integers(0, 2, size=15)
        Xc, yc = X.copy(), y.copy()
        tree = DecisionTreeClassifier(max_depth=2)
        check(tree.fit(X, y) is tree, "fit must return self", "self", "another object")
        got = tree.predict(rng.normal(size=(6, 2)))
        check_shape(got, (6,), "predictions")
        check_equal(X, Xc, "X after fit")
        check_equal(y, yc, "y after fit")

    def test_refit_replaces_tree(self):
        """Fitting again on new data replaces the old tree"""
        tree = DecisionTreeClassifier()
        tree.fit(np.array([[0.0], [1.0]]), np.array([0, 1]))
        tree.fit(np.array([[0.0], [1.0]]), np.array([1, 0]))
        check_equal(np.asarray(tree.predict(np.array([[0.0], [1.0]]))), np.array([1, 0]), "predictions after refit")


class GapTests(unittest.TestCase):
    def test_list_inputs(self):
        """fit and predict accept nested lists (the XOR example)"""
        X = [[1.0, 1.0], [1.0, 3.0], [3.0, 1.0], [3.0, 3.0]]
        y = [0, 1, 1, 0]
        got = DecisionTreeClassifier().fit(X, y).predict([[1.0, 1.0], [1.0, 3.0], [2.0, 2.0], [0.0, 5.0]])
        check_equal(np.asarray(got), np.array([0, 1, 0, 1]), "predictions of a tree fitted on lists")


if __name__ == "__main__":
    unittest.main()
