import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import pivot_table

NAN = float("nan")
R = ["north", "south", "north", "south", "north", "east"]
C = ["q1", "q1", "q2", "q1", "q1", "q2"]
V = [10, 20, 5, 7, 3, 8]


def check_table(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.allclose(a, e, rtol=1e-9, atol=1e-12, equal_nan=True), "%s differs" % what, e, a)


class VisibleTests(unittest.TestCase):
    def test_sum(self):
        """Sorted labels and sums; the two empty cells are NaN"""
        rl, cl, t = pivot_table(R, C, V)
        check_equal(np.asarray(rl).tolist(), ["east", "north", "south"], "row_labels")
        check_equal(np.asarray(cl).tolist(), ["q1", "q2"], "col_labels")
        check_table(t, [[NAN, 8], [13, 5], [27, NAN]], "sum table")

    def test_mean_and_count(self):
        """Means and counts of the same records"""
        check_table(pivot_table(R, C, V, aggfunc="mean")[2], [[NAN, 8], [6.5, 5], [13.5, NAN]], "mean table")
        check_table(pivot_table(R, C, V, aggfunc="count")[2], [[NAN, 1], [2, 1], [2, NAN]], "count table")

    def test_fill_value(self):
        """fill_value=0 fills the empty cells"""
        check_table(pivot_table(R, C, V, fill_value=0)[2], [[0, 8], [13, 5], [27, 0]], "sum table with fill_value=0")


if __name__ == "__main__":
    unittest.main()
