import unittest

import numpy as np

from mlreps_check import check_close
from solution import silhouette_score

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 1-D worked example with a singleton cluster gives (14/9 + 10/7) / 5"""
        X = np.array([[0.0], [1.0], [4.0], [5.0], [20.0]])
        got = silhouette_score(X, np.array([0, 0, 1, 1, 2]))
        check_close(got, (2 * 7 / 9 + 2 * 5 / 7) / 5, ATOL, RTOL, "silhouette")

    def test_two_pairs(self):
        """Two tight pairs far apart: every point has a = 1 and b = (10 + sqrt(101)) / 2"""
        X = np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]])
        # For (0, 0): a = 1, b = (10 + sqrt(101)) / 2.
        b = (10 + np.sqrt(101.0)) / 2
        check_close(silhouette_score(X, np.array([0, 0, 1, 1])), (b - 1) / b, ATOL, RTOL, "silhouette")

    def test_single_cluster_raises(self):
        """Fewer than 2 clusters raises ValueError"""
        with self.assertRaises(ValueError):
            silhouette_score(np.array([[0.0], [1.0], [2.0]]), np.array([3, 3, 3]))


if __name__ == "__main__":
    unittest.main()
