import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import knn_predict

X_TRAIN = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]])
Y_TRAIN = np.array([0, 0, 1, 1, 1])


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """k=3 predictions for three queries match the worked example"""
        got = knn_predict(X_TRAIN, Y_TRAIN, np.array([[0.2, 0.2], [4.0, 4.0], [0.0, 0.6]]), 3)
        check_shape(got, (3,), "predictions")
        check(np.issubdtype(np.asarray(got).dtype, np.integer), "predictions must have an integer dtype",
              "an integer dtype", str(np.asarray(got).dtype))
        check_equal(np.asarray(got), np.array([0, 1, 0]), "k=3 predictions")

    def test_vote_tie_goes_to_smallest_label(self):
        """A 1-1 vote predicts the smaller label even when the nearer neighbour has the larger one"""
        X = np.array([[0.0], [1.0], [3.0]])
        y = np.array([9, 4, 4])
        # Query 0.2: neighbours are index 0 (label 9, distance 0.2) and index 1 (label 4, distance 0.8).
        got = knn_predict(X, y, np.array([[0.2]]), 2)
        check_equal(np.asarray(got), np.array([4]), "prediction with a tied vote")

    def test_distance_tie_uses_lower_index(self):
        """Among training points at equal distance, the lower training index is the neighbour"""
        X = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
        y = np.array([3, 1, 2, 0])
        # All four points are at distance 1 from the origin: k=1 takes index 0, k=3 takes indices 0, 1, 2.
        check_equal(np.asarray(knn_predict(X, y, np.array([[0.0, 0.0]]), 1)), np.array([3]), "k=1 at the origin")
        check_equal(np.asarray(knn_predict(X, y, np.array([[0.0, 0.0]]), 3)), np.array([1]), "k=3 at the origin")


if __name__ == "__main__":
    unittest.main()
