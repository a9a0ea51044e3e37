import unittest

import numpy as np

from mlreps_check import check_equal, check_shape
from solution import confusion_matrix


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 3-class example: rows are true labels, columns predictions"""
        got = confusion_matrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], num_classes=3)
        check_shape(got, (3, 3), "confusion matrix")
        check_equal(np.asarray(got), np.array([[1, 1, 0], [0, 1, 0], [1, 0, 2]]), "confusion matrix")

    def test_repeated_pairs_are_counted(self):
        """Three identical (1, 1) pairs give a count of 3, not 1"""
        got = confusion_matrix(np.array([1, 1, 1, 0]), np.array([1, 1, 1, 0]), num_classes=2)
        check_equal(np.asarray(got), np.array([[1, 0], [0, 3]]), "confusion matrix")

    def test_unseen_classes_get_zero_rows(self):
        """num_classes=4 with only classes 1 and 0 present gives a 4x4 matrix"""
        got = confusion_matrix([1, 1], [1, 0], num_classes=4)
        expected = np.zeros((4, 4), dtype=np.int64)
        expected[1, 1] = 1
        expected[1, 0] = 1
        check_equal(np.asarray(got), expected, "confusion matrix")


if __name__ == "__main__":
    unittest.main()
