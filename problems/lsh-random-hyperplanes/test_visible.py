import unittest

import numpy as np

from mlreps_check import check_equal, check_shape
from solution import hyperplane_signatures, lsh_candidates

X = [[1.0, 0.0], [0.0, 1.0], [-1.0, 0.2], [0.9, 0.1]]


class VisibleTests(unittest.TestCase):
    def test_signatures_from_the_seeded_planes(self):
        """Signature bits are the signs of X @ planes.T, with planes from default_rng(seed)"""
        planes = np.random.default_rng(0).standard_normal((4, 2))
        expected = (np.array(X) @ planes.T >= 0).astype(int)
        got = hyperplane_signatures(X, 4, seed=0)
        check_shape(got, (4, 4), "hyperplane_signatures(X, 4, seed=0)")
        check_equal(np.asarray(got).astype(int), expected, "hyperplane_signatures(X, 4, seed=0)")

    def test_two_bands(self):
        """Query [1, 0.05] with 2 bands of 2 bits shares a bucket with rows 0 and 3 only"""
        check_equal(lsh_candidates(X, [[1.0, 0.05]], n_bits=4, n_bands=2, seed=0), [[0, 3]], "lsh_candidates with 2 bands")

    def test_zero_vector_and_narrow_bands(self):
        """With 4 one-bit bands; the zero vector has all bits True"""
        got = lsh_candidates(X, [[1.0, 0.05], [0.0, 0.0]], n_bits=4, n_bands=4, seed=0)
        check_equal(got, [[0, 1, 3], [0, 1, 2, 3]], "lsh_candidates with 4 bands")


if __name__ == "__main__":
    unittest.main()
