import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import kmeans

ATOL, RTOL = 1e-9, 1e-7
X1 = np.array([[0.0], [1.0], [2.0], [8.0], [9.0], [10.0]])


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Two clusters on a line converge after 2 updates, as in the worked example"""
        centroids, labels, n_iter = kmeans(X1, np.array([[0.0], [1.0]]))
        check_shape(centroids, (2, 1), "centroids")
        check_close(centroids, [[1.0], [9.0]], ATOL, RTOL, "centroids")
        check_equal(np.asarray(labels), np.array([0, 0, 0, 1, 1, 1]), "labels")
        check_equal(int(n_iter), 2, "n_iter")

    def test_max_iter_one(self):
        """max_iter=1 stops after one update; labels match the returned centroids"""
        centroids, labels, n_iter = kmeans(X1, np.array([[0.0], [1.0]]), max_iter=1)
        check_close(centroids, [[0.0], [6.0]], ATOL, RTOL, "centroids after one update")
        check_equal(np.asarray(labels), np.array([0, 0, 0, 1, 1, 1]), "labels after one update")
        check_equal(int(n_iter), 1, "n_iter")

    def test_empty_cluster_keeps_centroid(self):
        """A centroid that never receives points stays where it started"""
        centroids, labels, n_iter = kmeans(X1, np.array([[0.0], [1.0], [100.0]]))
        check_close(centroids, [[1.0], [9.0], [100.0]], ATOL, RTOL, "centroids with an empty cluster")
        check_equal(np.asarray(labels), np.array([0, 0, 0, 1, 1, 1]), "labels")
        check_equal(int(n_iter), 2, "n_iter")


if __name__ == "__main__":
    unittest.main()
