import unittest

import numpy as np

from mlreps_check import check_equal
from solution import dbscan

X = [[0, 0], [0, 1], [1, 0], [1, 1], [5, 5], [5, 6], [6, 5], [2.5, 2.5], [10, 10], [2.2, 1.0]]


class VisibleTests(unittest.TestCase):
    def test_two_clusters_and_noise(self):
        """min_samples=3: two clusters, two noise points, one border point"""
        labels, core = dbscan(X, 1.5, 3)
        check_equal(np.asarray(labels).tolist(), [0, 0, 0, 0, 1, 1, 1, -1, -1, 0], "labels")
        check_equal(np.asarray(core).tolist(), [True] * 7 + [False] * 3, "is_core")

    def test_self_counts(self):
        """min_samples=4: the triangle's points have only 3 neighbours each (themselves included), so it is noise"""
        labels, _ = dbscan(X, 1.5, 4)
        check_equal(np.asarray(labels).tolist(), [0, 0, 0, 0, -1, -1, -1, -1, -1, 0], "labels")

    def test_min_samples_one(self):
        """min_samples=1: every point is core and isolated points are their own clusters"""
        labels, core = dbscan([[0.0], [0.5], [3.0]], 1.0, 1)
        check_equal(np.asarray(labels).tolist(), [0, 0, 1], "labels")


if __name__ == "__main__":
    unittest.main()
