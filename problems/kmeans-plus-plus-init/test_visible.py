import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import kmeans_plus_plus

X6 = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [10.0, 10.0], [11.0, 10.0], [10.0, 11.0]])


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Seed 1, k=3 picks rows [2, 5, 0] as in the worked example"""
        centers, indices = kmeans_plus_plus(X6, 3, np.random.default_rng(1))
        check_equal(np.asarray(indices), np.array([2, 5, 0]), "indices")
        check_shape(centers, (3, 2), "centers")
        check_close(centers, X6[[2, 5, 0]], 1e-12, 0, "centers")

    def test_first_centre_from_rng_integers(self):
        """The first index equals rng.integers(n) for the same seed"""
        for seed in range(5):
            _, indices = kmeans_plus_plus(X6, 1, np.random.default_rng(seed))
            expected = int(np.random.default_rng(seed).integers(len(X6)))
            check_equal(int(np.asarray(indices)[0]), expected, "first index for seed %d" % seed)

    def test_one_centre_per_blob(self):
        """With two far-apart blobs and k=2, the two centres land in different blobs"""
        for seed in range(10):
            _, indices = kmeans_plus_plus(X6, 2, np.random.default_rng(seed))
            blobs = sorted(int(i) // 3 for i in np.asarray(indices))
            check(blobs == [0, 1], "k=2 must pick one row from each blob (seed %d)" % seed,
                  "one index in 0..2 and one in 3..5", np.asarray(indices))


if __name__ == "__main__":
    unittest.main()
