import unittest

import numpy as np

from mlreps_check import check_equal, check_shape
from solution import DecisionTreeClassifier

X_XOR = np.array([[1.0, 1.0], [1.0, 3.0], [3.0, 1.0], [3.0, 3.0]])
Y_XOR = np.array([0, 1, 1, 0])


class VisibleTests(unittest.TestCase):
    def test_xor_full_depth(self):
        """An unlimited tree learns XOR and sends points on a threshold to the left"""
        tree = DecisionTreeClassifier().fit(X_XOR, Y_XOR)
        got = tree.predict(np.array([[1.0, 1.0], [1.0, 3.0], [2.0, 2.0], [0.0, 5.0]]))
        check_shape(got, (4,), "predictions")
        check_equal(np.asarray(got), np.array([0, 1, 0, 1]), "XOR predictions")

    def test_stump_leaf_tie_goes_to_smallest_label(self):
        """max_depth=1 on XOR gives two leaves with a 1-1 vote, each predicting 0"""
        tree = DecisionTreeClassifier(max_depth=1).fit(X_XOR, Y_XOR)
        check_equal(np.asarray(tree.predict(X_XOR)), np.array([0, 0, 0, 0]), "stump predictions")

    def test_max_depth_zero_predicts_majority(self):
        """max_depth=0 is a single leaf predicting the majority label"""
        X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0]])
        y = np.array([7, 2, 7, 2, 7])
        tree = DecisionTreeClassifier(max_depth=0).fit(X, y)
        check_equal(np.asarray(tree.predict(np.array([[1.0], [10.0]]))), np.array([7, 7]), "single-leaf predictions")


if __name__ == "__main__":
    unittest.main()
