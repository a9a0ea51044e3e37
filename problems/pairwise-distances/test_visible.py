import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import pairwise_distances

ATOL, RTOL = 1e-5, 1e-6


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Distances between the two small point sets of the example"""
        X = np.array([[0.0, 0.0], [3.0, 4.0]])
        Y = np.array([[0.0, 0.0], [6.0, 8.0], [3.0, 0.0]])
        got = pairwise_distances(X, Y)
        check_shape(got, (2, 3), "pairwise_distances(X, Y)")
        check_close(got, [[0.0, 10.0, 3.0], [5.0, 5.0, 4.0]], ATOL, RTOL, "pairwise_distances(X, Y)")

    def test_y_defaults_to_x(self):
        """With Y omitted the result is the symmetric self-distance matrix"""
        X = np.array([[0.0, 0.0], [3.0, 4.0]])
        check_close(pairwise_distances(X), [[0.0, 5.0], [5.0, 0.0]], ATOL, RTOL, "pairwise_distances(X)")

    def test_random_against_loops(self):
        """Random 7x4 and 5x4 sets match a double loop"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(7, 4))
        Y = rng.normal(size=(5, 4))
        expected = [[float(np.sqrt(np.sum((X[i] - Y[j]) ** 2))) for j in range(5)] for i in range(7)]
        got = pairwise_distances(X, Y)
        check_shape(got, (7, 5), "pairwise_distances(X, Y)")
        check(np.all(np.isfinite(got)), "all distances must be finite", "finite values", got)
        check_close(got, expected, ATOL, RTOL, "pairwise_distances(X, Y)")


if __name__ == "__main__":
    unittest.main()
