import unittest

import numpy as np

from mlreps_check import check, check_equal
from solution import left_join

NAN = float("nan")


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """u1 matches twice (in right order), u2 has no match, u3 once"""
        idx, vals = left_join(["u1", "u2", "u3", "u1"], ["u1", "u3", "u1", "u4"], [10.0, 30.0, 11.0, 40.0])
        check_equal(np.asarray(idx).tolist(), [0, 0, 1, 2, 3, 3], "left_index")
        check(np.array_equal(np.asarray(vals, float), [10, 11, NAN, 30, 10, 11], equal_nan=True), "values differ",
              [10, 11, NAN, 30, 10, 11], vals)

    def test_validate_many_to_one(self):
        """validate='many_to_one' refuses repeated right keys and accepts unique ones"""
        with self.assertRaises(ValueError):
            left_join(["u1"], ["u1", "u1"], [1.0, 2.0], validate="many_to_one")
        idx, vals = left_join([1, 2, 1], [2, 1], [20.0, 10.0], validate="many_to_one")
        check_equal(np.asarray(idx).tolist(), [0, 1, 2], "left_index")
        check_equal(np.asarray(vals).tolist(), [10.0, 20.0, 10.0], "values")

    def test_empty_right(self):
        """An empty right table keeps every left row with NaN"""
        idx, vals = left_join([5, 6], [], [])
        check_equal(np.asarray(idx).tolist(), [0, 1], "left_index")
        check(np.all(np.isnan(np.asarray(vals, float))), "values must all be NaN", "NaN", vals)


if __name__ == "__main__":
    unittest.main()
