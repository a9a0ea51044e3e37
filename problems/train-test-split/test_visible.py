import unittest

import numpy as np

from mlreps_check import check, check_equal
from solution import train_test_split_indices


def _as_list(a):
    return [int(v) for v in np.asarray(a).ravel()]


class VisibleTests(unittest.TestCase):
    def test_sizes_and_coverage(self):
        """n=10, test_fraction=0.25 gives 7 train and 3 test indices covering 0..9 once"""
        train, test = train_test_split_indices(10, 0.25, seed=0)
        check_equal(len(_as_list(train)), 7, "number of train indices")
        check_equal(len(_as_list(test)), 3, "number of test indices")
        check_equal(sorted(_as_list(train) + _as_list(test)), list(range(10)), "sorted union of both parts")

    def test_same_seed_same_split(self):
        """Calling twice with the same seed returns the same split"""
        a_train, a_test = train_test_split_indices(50, 0.2, seed=123)
        b_train, b_test = train_test_split_indices(50, 0.2, seed=123)
        check_equal(sorted(_as_list(a_test)), sorted(_as_list(b_test)), "test indices for the same seed")
        check_equal(sorted(_as_list(a_train)), sorted(_as_list(b_train)), "train indices for the same seed")

    def test_different_seeds_differ(self):
        """Ten different seeds give ten different test sets"""
        sets = {tuple(sorted(_as_list(train_test_split_indices(50, 0.2, seed=s)[1]))) for s in range(10)}
        check(len(sets) == 10, "different seeds should give different test sets", 10, len(sets))


if __name__ == "__main__":
    unittest.main()
