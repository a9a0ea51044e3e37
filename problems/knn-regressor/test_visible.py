import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import knn_regress

ATOL, RTOL = 1e-9, 1e-7
X_TRAIN = np.array([[0.0], [1.0], [2.0], [3.0]])
Y_TRAIN = np.array([0.0, 10.0, 20.0, 30.0])
X_TEST = np.array([[1.5], [0.25], [1.0]])


class VisibleTests(unittest.TestCase):
    def test_uniform_worked_example(self):
        """Uniform k=2 predictions match the worked example"""
        got = knn_regress(X_TRAIN, Y_TRAIN, X_TEST, 2)
        check_shape(got, (3,), "predictions")
        check_close(got, [15.0, 5.0, 5.0], ATOL, RTOL, "uniform, k=2")

    def test_distance_worked_example(self):
        """Distance-weighted k=3 predictions match the worked example"""
        got = knn_regress(X_TRAIN, Y_TRAIN, X_TEST, 3, weights="distance")
        check_close(got, [90.0 / 7.0, 130.0 / 31.0, 10.0], ATOL, RTOL, "distance, k=3")

    def test_exact_match_averages_duplicates(self):
        """A query equal to two duplicated training rows predicts the mean of their targets"""
        X = np.array([[1.0, 1.0], [1.0, 1.0], [2.0, 2.0]])
        y = np.array([4.0, 8.0, 100.0])
        got = knn_regress(X, y, np.array([[1.0, 1.0]]), 3, weights="distance")
        check_close(got, [6.0], ATOL, RTOL, "prediction at a duplicated training point")


if __name__ == "__main__":
    unittest.main()
