import unittest

import numpy as np

from mlreps_check import check_equal
from solution import iterate_minibatches


def _y_batches(it):
    return [np.asarray(yb).tolist() for _, yb in it]


class VisibleTests(unittest.TestCase):
    def test_in_order_batches(self):
        """Without shuffling, 5 samples in batches of 2 give [0,1], [2,3], [4]"""
        X = np.arange(10).reshape(5, 2)
        y = np.arange(5)
        batches = list(iterate_minibatches(X, y, 2, shuffle=False))
        check_equal([np.asarray(yb).tolist() for _, yb in batches], [[0, 1], [2, 3], [4]], "y batches")
        check_equal(np.asarray(batches[2][0]), np.array([[8, 9]]), "last X batch")

    def test_drop_last(self):
        """drop_last=True drops the short final batch"""
        got = _y_batches(iterate_minibatches(np.zeros((5, 1)), np.arange(5), 2, shuffle=False, drop_last=True))
        check_equal(got, [[0, 1], [2, 3]], "y batches with drop_last")

    def test_seeded_order(self):
        """With seed=0 the order is np.random.default_rng(0).permutation(n)"""
        perm = np.random.default_rng(0).permutation(7).tolist()
        got = _y_batches(iterate_minibatches(np.arange(7)[:, None], np.arange(7), 3, seed=0))
        check_equal(got, [perm[0:3], perm[3:6], perm[6:]], "y batches with seed=0")


if __name__ == "__main__":
    unittest.main()
