import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import pairwise_distances

ATOL, RTOL = 1e-5, 1e-6


def _loop_distances(X, Y):
    return [[math.sqrt(sum((float(a) - float(b)) ** 2 for a, b in zip(x, y))) for y in Y] for x in X]


class HiddenTests(unittest.TestCase):
    def test_no_nan_for_identical_points(self):
        """Self-distances of offset points are 0 (within tolerance), never nan"""
        for seed in range(4):
            rng = np.random.default_rng(seed)
            X = rng.normal(size=(30, 20)) * 3.0 + 5.0
            got = pairwise_distances(X)
            check(not np.any(np.isnan(got)), "no distance may be nan (seed %d)" % seed, "no nan", got)
            check_close(np.diag(got), np.zeros(30), ATOL, RTOL, "diagonal of pairwise_distances(X) (seed %d)" % seed)

    def test_duplicate_rows_across_sets(self):
        """When Y is X reversed, the anti-diagonal is zero and nothing is nan"""
        rng = np.random.default_rng(21)
        X = rng.normal(size=(12, 8)) * 4.0 - 7.0
        Y = X[::-1].copy()
        got = pairwise_distances(X, Y)
        check(np.all(np.isfinite(got)), "all distances must be finite", "finite values", got)
        check_close(got[np.arange(12), 11 - np.arange(12)], np.zeros(12), ATOL, RTOL, "distances between equal points")

    def test_randomized_shapes_against_loops(self):
        """Random sizes, including n=1, m=1 and d=1, match a double loop"""
        rng = np.random.default_rng(3)
        for n, m, d in [(1, 5, 3), (6, 1, 2), (4, 4, 1), (9, 13, 6), (2, 3, 50)]:
            X = rng.normal(size=(n, d)) * 2.0
            Y = rng.normal(size=(m, d)) * 2.0 + 1.0
            _orig_X = copy.deepcopy(X)
            _orig_Y = copy.deepcopy(Y)
            got = pairwise_distances(X, Y)
            check_shape(got, (n, m), "pairwise_distances of (%d, %d) and (%d, %d)" % (n, d, m, d))
            check_close(got, _loop_distances(_orig_X, _orig_Y), ATOL, RTOL, "distances for n=%d m=%d d=%d" % (n, m, d))

    def test_not_squared(self):
        """Distances are square roots: points 2 apart give 2, not 4"""
        got = pairwise_distances(np.array([[0.0, 0.0, 0.0]]), np.array([[0.0, 2.0, 0.0], [1.0, 1.0, 1.0]]))
        check_close(got, [[2.0, math.sqrt(3.0)]], ATOL, RTOL, "distances from the origin")

    def test_symmetry_and_nonnegativity(self):
        """pairwise_distances(X) is symmetric and non-negative"""
        rng = np.random.default_rng(8)
        X = rng.uniform(-10, 10, size=(25, 5))
        got = pairwise_distances(X)
        check(np.all(got >= 0), "distances must be non-negative", ">= 0", got)
        check_close(got, got.T, ATOL, RTOL, "D compared with its transpose")

    def test_mismatched_columns_raise(self):
        """X with 3 columns and Y with 2 raises ValueError"""
        check_raises(ValueError, pairwise_distances, np.zeros((2, 3)), np.zeros((4, 2)))

    def test_inputs_not_modified(self):
        """X and Y are left unchanged"""
        rng = np.random.default_rng(2)
        X, Y = rng.normal(size=(4, 3)), rng.normal(size=(6, 3))
        Xb, Yb = X.copy(), Y.copy()
        pairwise_distances(X, Y)
        check_close(X, Xb, 0, 0, "X after the call")
        check_close(Y, Yb, 0, 0, "Y after the call")


if __name__ == "__main__":
    unittest.main()
