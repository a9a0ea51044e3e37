import unittest

import numpy as np

from mlreps_check import check, check_shape
from solution import rank_within_group

NAN = float("nan")
G = ["a", "b", "a", "a", "b", "a", "b"]
V = [10, 5, 30, 10, NAN, 20, 1]


def check_ranks(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(a, e, equal_nan=True), "%s differ" % what, e, a)


class VisibleTests(unittest.TestCase):
    def test_average(self):
        """Average ranks: the two 10s in group a share 1.5; the NaN is not ranked"""
        check_ranks(rank_within_group(G, V), [1.5, 2, 4, 1.5, NAN, 3, 1], "average ranks")

    def test_first(self):
        """'first' breaks the tie by row order"""
        check_ranks(rank_within_group(G, V, method="first"), [1, 2, 4, 2, NAN, 3, 1], "first ranks")

    def test_dense_descending(self):
        """Dense ranks from the largest value down"""
        check_ranks(rank_within_group(G, V, method="dense", ascending=False), [3, 1, 1, 3, NAN, 2, 2], "dense descending ranks")


if __name__ == "__main__":
    unittest.main()
