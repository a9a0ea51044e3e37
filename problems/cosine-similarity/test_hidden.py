import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import cosine_similarity

ATOL, RTOL = 1e-9, 1e-7


def _loop_cosine(X, Y):
    out = []
    for x in X:
        row = []
        for y in Y:
            nx = math.sqrt(sum(float(a) ** 2 for a in x))
            ny = math.sqrt(sum(float(b) ** 2 for b in y))
            dot = sum(float(a) * float(b) for a, b in zip(x, y))
            row.append(0.0 if nx == 0.0 or ny == 0.0 else dot / (nx * ny))
        out.append(row)
    return out


class HiddenTests(unittest.TestCase):
    def test_randomized_against_loops(self):
        """Random sets of different sizes and scales match a double loop"""
        rng = np.random.default_rng(11)
        for n, m, d in [(1, 4, 3), (5, 1, 2), (6, 7, 10), (3, 3, 1)]:
            X = rng.normal(size=(n, d)) * rng.uniform(0.01, 100)
            Y = rng.normal(size=(m, d)) + 0.5
            _orig_X = copy.deepcopy(X)
            _orig_Y = copy.deepcopy(Y)
            got = cosine_similarity(X, Y)
            check_shape(got, (n, m), "cosine_similarity shape for n=%d m=%d" % (n, m))
            check_close(got, _loop_cosine(_orig_X, _orig_Y), ATOL, RTOL, "cosine_similarity for n=%d m=%d d=%d" % (n, m, d))

    def test_zero_rows_in_both(self):
        """Zero rows in X and in Y give 0.0 for every pair they are in, never nan"""
        X = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 2.0]])
        Y = np.array([[3.0, 0.0, 4.0], [0.0, 0.0, 0.0]])
        got = cosine_similarity(X, Y)
        check(not np.any(np.isnan(got)), "no similarity may be nan", "no nan", got)
        check_close(got, [[0.0, 0.0], [11.0 / 15.0, 0.0]], ATOL, RTOL, "cosine_similarity with zero rows")

    def test_all_zero_matrix(self):
        """A matrix of only zero rows gives an all-zero similarity matrix"""
        got = cosine_similarity(np.zeros((3, 4)))
        check_close(got, np.zeros((3, 3)), 0, 0, "cosine_similarity(zeros)")

    def test_range_and_diagonal(self):
        """Entries lie in [-1, 1] and self-similarity of non-zero rows is 1"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(50, 8)) * 1e3
        got = np.asarray(cosine_similarity(X))
        check(np.all(got <= 1.0) and np.all(got >= -1.0), "similarities must lie in [-1, 1]", "[-1, 1]",
              [float(got.min()), float(got.max())])
        check_close(np.diag(got), np.ones(50), ATOL, RTOL, "diagonal of cosine_similarity(X)")
        check_close(got, got.T, ATOL, RTOL, "S compared with its transpose")

    def test_opposite_and_orthogonal(self):
        """Opposite vectors give -1, orthogonal ones give 0"""
        got = cosine_similarity(np.array([[2.0, -1.0]]), np.array([[-4.0, 2.0], [1.0, 2.0]]))
        check_close(got, [[-1.0, 0.0]], ATOL, RTOL, "similarity with opposite and orthogonal vectors")

    def test_rows_not_columns_normalized(self):
        """Rows of very different lengths are normalized individually"""
        X = np.array([[10.0, 0.0], [0.0, 0.1], [3.0, 4.0]])
        got = cosine_similarity(X)
        check_close(got, [[1.0, 0.0, 0.6], [0.0, 1.0, 0.8], [0.6, 0.8, 1.0]], ATOL, RTOL, "cosine_similarity(X)")

    def test_mismatched_columns_raise(self):
        """X with 2 columns and Y with 3 raises ValueError"""
        check_raises(ValueError, cosine_similarity, np.ones((2, 2)), np.ones((2, 3)))

    def test_inputs_not_modified(self):
        """X and Y are left unchanged"""
        X = np.array([[1.0, 2.0], [0.0, 0.0]])
        Y = np.array([[3.0, -1.0]])
        Xb, Yb = X.copy(), Y.copy()
        cosine_similarity(X, Y)
        check_close(X, Xb, 0, 0, "X after the call")
        check_close(Y, Yb, 0, 0, "Y after the call")


class GapTests(unittest.TestCase):
    def test_integer_and_list_inputs(self):
        """Integer arrays and nested lists give float64 results"""
        got = cosine_similarity([[3, 4], [0, 0]], np.array([[4, 3], [0, 5]]))
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, [[24 / 25, 0.8], [0.0, 0.0]], 1e-9, 1e-7, "cosine of integer rows")

    def test_mismatched_columns_named(self):
        """3 columns against 2 columns raises ValueError, with Y given as a list too"""
        check_raises(ValueError, cosine_similarity, np.ones((2, 3)), np.ones((4, 2)))
        check_raises(ValueError, cosine_similarity, [[1.0, 2.0, 3.0]], [[1.0, 2.0]])


if __name__ == "__main__":
    unittest.main()
