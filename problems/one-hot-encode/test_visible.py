import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import one_hot


class VisibleTests(unittest.TestCase):
    def test_inferred_num_classes(self):
        """[2, 0, 1, 2] becomes a 4x3 one-hot matrix"""
        got = one_hot([2, 0, 1, 2])
        check_shape(got, (4, 3), "one_hot([2, 0, 1, 2])")
        check_close(got, [[0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]], 0, 0, "one_hot([2, 0, 1, 2])")

    def test_explicit_num_classes(self):
        """num_classes=4 adds columns for classes that never occur"""
        got = one_hot(np.array([1, 0]), num_classes=4)
        check_close(got, [[0, 1, 0, 0], [1, 0, 0, 0]], 0, 0, "one_hot([1, 0], num_classes=4)")

    def test_label_too_large_raises(self):
        """A label equal to num_classes raises ValueError"""
        with self.assertRaises(ValueError):
            one_hot([0, 3], num_classes=3)


if __name__ == "__main__":
    unittest.main()
