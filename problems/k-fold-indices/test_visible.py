import unittest

import numpy as np

from mlreps_check import check_equal
from solution import k_fold_indices


def _as_list(a):
    return [int(v) for v in np.asarray(a).ravel()]


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """n=10, k=4 gives validation folds [0,1,2], [3,4,5], [6,7], [8,9]"""
        folds = k_fold_indices(10, 4)
        check_equal(len(folds), 4, "number of folds")
        expected_val = [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9]]
        for f, (train, val) in enumerate(folds):
            check_equal(_as_list(val), expected_val[f], "val_idx of fold %d" % f)
            check_equal(_as_list(train), [i for i in range(10) if i not in expected_val[f]], "train_idx of fold %d" % f)

    def test_even_split(self):
        """n=6, k=3 gives three folds of two indices"""
        folds = k_fold_indices(6, 3)
        check_equal([_as_list(v) for _, v in folds], [[0, 1], [2, 3], [4, 5]], "validation folds for n=6, k=3")

    def test_invalid_k_raises(self):
        """k=1 and k > n raise ValueError"""
        with self.assertRaises(ValueError):
            k_fold_indices(5, 1)
        with self.assertRaises(ValueError):
            k_fold_indices(5, 6)


if __name__ == "__main__":
    unittest.main()
