import unittest

import numpy as np

from mlreps_check import check_equal, check_shape
from solution import stratified_k_fold


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 8-sample, 3-fold example gives folds [0, 0, 1, 2, 1, 1, 0, 2]"""
        got = stratified_k_fold([1, 0, 1, 1, 0, 2, 1, 0], 3)
        check_shape(got, (8,), "fold assignment")
        check_equal(np.asarray(got).tolist(), [0, 0, 1, 2, 1, 1, 0, 2], "fold assignment")

    def test_balanced_binary(self):
        """Two classes of four, k=2: each fold gets two samples of each class"""
        got = stratified_k_fold([0, 0, 0, 0, 1, 1, 1, 1], 2)
        check_equal(np.asarray(got).tolist(), [0, 1, 0, 1, 0, 1, 0, 1], "fold assignment")

    def test_invalid_k_raises(self):
        """k=1 or k > n raises ValueError"""
        with self.assertRaises(ValueError):
            stratified_k_fold([0, 1, 0], 1)
        with self.assertRaises(ValueError):
            stratified_k_fold([0, 1, 0], 4)


if __name__ == "__main__":
    unittest.main()
