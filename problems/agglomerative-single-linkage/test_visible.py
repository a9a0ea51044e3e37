import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import single_linkage_heights, single_linkage_labels

X = [[0, 0], [0, 1], [5, 0], [5, 1.5], [0, 3], [9, 9]]


class VisibleTests(unittest.TestCase):
    def test_heights(self):
        """Merge heights 1, 1.5, 2, 5, 8.5"""
        check_close(single_linkage_heights(X), [1.0, 1.5, 2.0, 5.0, 8.5], 1e-12, 1e-9, "heights")

    def test_three_clusters(self):
        """Cutting at three clusters: the left column, the right pair, the far point"""
        check_equal(np.asarray(single_linkage_labels(X, 3)).tolist(), [0, 0, 1, 1, 0, 2], "labels for 3 clusters")

    def test_extremes(self):
        """One cluster puts everything together; n clusters keeps every point alone"""
        check_equal(np.asarray(single_linkage_labels(X, 1)).tolist(), [0] * 6, "labels for 1 cluster")
        check_equal(np.asarray(single_linkage_labels(X, 6)).tolist(), [0, 1, 2, 3, 4, 5], "labels for 6 clusters")


if __name__ == "__main__":
    unittest.main()
