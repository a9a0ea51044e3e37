import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import mixup_batch

TOL = 1e-12


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """The README example with default_rng(0) and alpha = 0.4"""
        x = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
        y = np.eye(3)
        x_mixed, y_mixed, lam, perm = mixup_batch(x, y, 0.4, np.random.default_rng(0))
        twin = np.random.default_rng(0)
        e_lam = twin.beta(0.4, 0.4)
        e_perm = twin.permutation(3)
        check_close(lam, e_lam, TOL, TOL, "lam")
        check_equal(np.asarray(perm), e_perm, "perm")
        check_close(x_mixed, e_lam * x + (1 - e_lam) * x[e_perm], TOL, TOL, "x_mixed")
        check_close(y_mixed, e_lam * y + (1 - e_lam) * y[e_perm], TOL, TOL, "y_mixed")

    def test_labels_stay_distributions(self):
        """Mixed one-hot labels are non-negative rows summing to 1, weighted lam and 1 - lam"""
        rng = np.random.default_rng(5)
        y = np.eye(4)[[0, 1, 2, 3, 1, 0]]
        x = np.arange(12.0).reshape(6, 2)
        _, y_mixed, lam, perm = mixup_batch(x, y, 1.0, rng)
        check_shape(y_mixed, (6, 4), "y_mixed")
        check_close(np.asarray(y_mixed).sum(axis=1), np.ones(6), TOL, TOL, "row sums of y_mixed")
        labels = np.array([0, 1, 2, 3, 1, 0])
        for i in range(6):
            expected = np.zeros(4)
            expected[labels[i]] += lam
            expected[labels[perm[i]]] += 1 - lam
            check_close(np.asarray(y_mixed)[i], expected, TOL, TOL, "y_mixed row %d" % i)

    def test_same_seed_same_batch(self):
        """Two generators with the same seed give the same mixed batch"""
        x = np.random.default_rng(1).normal(size=(5, 3))
        y = np.eye(2)[[0, 1, 1, 0, 1]]
        a = mixup_batch(x, y, 0.2, np.random.default_rng(42))
        b = mixup_batch(x, y, 0.2, np.random.default_rng(42))
        check_close(a[0], b[0], 0, 0, "x_mixed from two runs with seed 42")
        check_equal(np.asarray(a[3]), np.asarray(b[3]), "perm from two runs with seed 42")


if __name__ == "__main__":
    unittest.main()
