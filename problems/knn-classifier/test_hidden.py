import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import knn_predict


def _brute_force(X_train, y_train, X_test, k):
    # Plain-Python kNN: sort (distance, index) pairs, count votes, break ties by the smallest label.
    out = []
    for q in X_test:
        pairs = sorted((math.dist(list(q), list(x)), j) for j, x in enumerate(X_train))
        votes = {}
        for _, j in pairs[:k]:
            votes[int(y_train[j])] = votes.get(int(y_train[j]), 0) + 1
        best = max(votes.values())
        out.append(min(label for label, c in votes.items() if c == best))
    return np.array(out)


class HiddenTests(unittest.TestCase):
    def test_random_against_brute_force(self):
        """Random data and several k agree with a plain-Python brute-force kNN"""
        rng = np.random.default_rng(0)
        for trial in range(6):
            n, m, d = 30, 12, 3
            X_train = rng.normal(size=(n, d))
            y_train = rng.integers(0, 3, size=n)
            X_test = rng.normal(size=(m, d))
            for k in (1, 2, 4, 7):
                _orig_X_train = copy.deepcopy(X_train)
                _orig_y_train = copy.deepcopy(y_train)
                _orig_X_test = copy.deepcopy(X_test)
                _orig_k = copy.deepcopy(k)
                got = knn_predict(X_train, y_train, X_test, k)
                check_equal(np.asarray(got), _brute_force(_orig_X_train, _orig_y_train, _orig_X_test, _orig_k),
                            "trial %d, k=%d" % (trial, k))

    def test_integer_grid_with_many_ties(self):
        """On an integer grid with many equal distances, ties follow the contract"""
        rng = np.random.default_rng(1)
        X_train = rng.integers(0, 4, size=(25, 2)).astype(float)
        y_train = rng.integers(0, 4, size=25)
        X_test = rng.integers(0, 4, size=(15, 2)).astype(float)
        for k in (1, 2, 3, 4, 6):
            _orig_X_train = copy.deepcopy(X_train)
            _orig_y_train = copy.deepcopy(y_train)
            _orig_X_test = copy.deepcopy(X_test)
            _orig_k = copy.deepcopy(k)
            got = knn_predict(X_train, y_train, X_test, k)
            check_equal(np.asarray(got), _brute_force(_orig_X_train, _orig_y_train, _orig_X_test, _orig_k), "grid data, k=%d" % k)

    def test_k_equals_n_is_global_majority(self):
        """With k = n every query gets the overall majority label (ties to the smallest)"""
        X = np.array([[0.0], [1.0], [2.0], [10.0], [11.0]])
        y = np.array([5, 5, 2, 2, 7])
        got = knn_predict(X, y, np.array([[-100.0], [0.5], [100.0]]), 5)
        check_equal(np.asarray(got), np.array([2, 2, 2]), "k=n predictions")

    def test_k1_on_training_points(self):
        """k=1 on the (distinct) training points returns their own labels"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(20, 4))
        y = rng.integers(-3, 3, size=20)
        check_equal(np.asarray(knn_predict(X, y, X, 1)), y, "k=1 on the training set")

    def test_negative_and_sparse_labels(self):
        """Labels such as -1, 7 and 42 are returned as given"""
        X = np.array([[0.0, 0.0], [0.1, 0.0], [5.0, 5.0], [5.1, 5.0], [9.0, 0.0]])
        y = np.array([-1, -1, 42, 42, 7])
        got = knn_predict(X, y, np.array([[0.0, 0.1], [5.0, 5.1], [9.0, 0.1]]), 1)
        check_equal(np.asarray(got), np.array([-1, 42, 7]), "predictions with unusual labels")
        got3 = knn_predict(X, y, np.array([[9.0, 0.1]]), 3)
        # Neighbours of [9, 0.1]: index 4 (label 7), then [5.1, 5] and [5, 5] (both 42) -> 42.
        check_equal(np.asarray(got3), np.array([42]), "k=3 near the label-7 point")

    def test_shape_and_inputs_unchanged(self):
        """One query gives shape (1,); the inputs are not modified"""
        X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
        y = np.array([1, 0, 1])
        Q = np.array([[2.9, 4.1]])
        Xc, yc, Qc = X.copy(), y.copy(), Q.copy()
        got = knn_predict(X, y, Q, 2)
        check_shape(got, (1,), "prediction for one query")
        check(np.issubdtype(np.asarray(got).dtype, np.integer), "predictions must have an integer dtype",
              "an integer dtype", str(np.asarray(got).dtype))
        check_equal(X, Xc, "X_train after the call")
        check_equal(y, yc, "y_train after the call")
        check_equal(Q, Qc, "X_test after the call")

    def test_high_dimension(self):
        """Works for d=50 and agrees with brute force"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(40, 50))
        y = rng.integers(0, 5, size=40)
        Q = rng.normal(size=(10, 50))
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_Q = copy.deepcopy(Q)
        check_equal(np.asarray(knn_predict(X, y, Q, 5)), _brute_force(_orig_X, _orig_y, _orig_Q, 5), "d=50, k=5")


class GapTests(unittest.TestCase):
    def test_list_inputs(self):
        """Nested lists for X_train, y_train and X_test give the example's predictions"""
        got = knn_predict([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]], [0, 0, 1, 1, 1], [[0.2, 0.2], [4.0, 4.0], [0.0, 0.6]], 3)
        check_equal(np.asarray(got), np.array([0, 1, 0]), "predictions from lists")


if __name__ == "__main__":
    unittest.main()
