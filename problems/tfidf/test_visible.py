import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import tfidf

ATOL, RTOL = 1e-9, 1e-7
DOCS = [["the", "cat", "sat"], ["the", "dog", "sat", "sat"], ["a", "cat"]]


class VisibleTests(unittest.TestCase):
    def test_vocabulary_sorted(self):
        """The vocabulary is the sorted list of distinct tokens"""
        vocab, _ = tfidf(DOCS)
        check_equal(list(vocab), ["a", "cat", "dog", "sat", "the"], "vocab")

    def test_worked_example_matrix(self):
        """The matrix matches smooth idf and L2-normalized rows"""
        _, X = tfidf(DOCS)
        check_shape(X, (3, 5), "X")
        i2, i1 = math.log(4 / 3) + 1, math.log(2) + 1
        rows = [[0, i2, 0, i2, i2], [0, 0, i1, 2 * i2, i2], [i1, i2, 0, 0, 0]]
        expected = [np.array(r) / np.linalg.norm(r) for r in rows]
        check_close(X, expected, ATOL, RTOL, "X")

    def test_rows_have_unit_norm(self):
        """Every non-empty document's row has L2 norm 1"""
        _, X = tfidf(DOCS)
        check_close(np.linalg.norm(X, axis=1), [1.0, 1.0, 1.0], ATOL, RTOL, "row norms")


if __name__ == "__main__":
    unittest.main()
