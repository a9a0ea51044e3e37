import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import sessionize


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Two interleaved users: sessions [2, 0, 2, 0, 3, 1] aligned with the input"""
        got = sessionize([2, 1, 2, 1, 2, 1], [0, 100, 1000, 1900, 5000, 4000])
        check_shape(got, (6,), "sessionize(...)")
        check(np.asarray(got).dtype == np.int64, "the result must be an int64 array", "int64", np.asarray(got).dtype)
        check_equal(np.asarray(got).tolist(), [2, 0, 2, 0, 3, 1], "session ids")

    def test_gap_boundary_is_inclusive(self):
        """A pause of exactly gap keeps the session; one second more starts a new one"""
        check_equal(np.asarray(sessionize([5, 5, 5], [0, 60, 121], gap=60)).tolist(), [0, 0, 1], "gap 60, pauses 60 and 61")

    def test_unsorted_single_user(self):
        """One user's events out of order: ids follow time, output follows the input order"""
        got = sessionize([1, 1, 1, 1], [9000, 0, 500, 3000])
        check_equal(np.asarray(got).tolist(), [2, 0, 0, 1], "sessions of times [9000, 0, 500, 3000]")


if __name__ == "__main__":
    unittest.main()
