import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import k_medoids

X = np.array([0.0, 1.0, 2.0, 10.0, 11.0, 13.0])
D = np.abs(X[:, None] - X[None, :])


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """Six points on a line from medoids [0, 1]: medoids [1, 4], cost 5"""
        medoids, labels, cost = k_medoids(D, [0, 1])
        check_equal(np.asarray(medoids).tolist(), [1, 4], "medoids")
        check_equal(np.asarray(labels).tolist(), [0, 0, 0, 1, 1, 1], "labels")
        check_close(cost, 5.0, 1e-9, 0, "cost")

    def test_single_cluster(self):
        """k = 1: points 2 and 10 both total 31; the lower index (2) wins"""
        medoids, labels, cost = k_medoids(D, [5])
        check_equal(np.asarray(medoids).tolist(), [2], "medoid of all six points")
        check_close(cost, 2 + 1 + 0 + 8 + 9 + 11, 1e-9, 0, "cost with one cluster")

    def test_cluster_order_follows_init(self):
        """Labels refer to positions in the medoid list, which keeps the initial order"""
        medoids, labels, _ = k_medoids(D, [4, 1])
        check_equal(np.asarray(medoids).tolist(), [4, 1], "medoids")
        check_equal(np.asarray(labels).tolist(), [1, 1, 1, 0, 0, 0], "labels")


if __name__ == "__main__":
    unittest.main()
