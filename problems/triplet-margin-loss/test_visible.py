import unittest

import numpy as np

from mlreps_check import check_close
from solution import triplet_margin_loss

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """One active and one inactive triplet"""
        a = np.array([[0.0, 0.0], [0.0, 0.0]])
        p = np.array([[3.0, 4.0], [1.0, 0.0]])
        n = np.array([[0.0, 2.0], [0.0, 5.0]])
        loss, dA, dP, dN = triplet_margin_loss(a, p, n, margin=1.0)
        check_close(loss, 2.0, ATOL, RTOL, "loss")
        check_close(dA, [[-0.3, 0.1], [0.0, 0.0]], ATOL, RTOL, "dA")
        check_close(dP, [[0.3, 0.4], [0.0, 0.0]], ATOL, RTOL, "dP")
        check_close(dN, [[0.0, -0.5], [0.0, 0.0]], ATOL, RTOL, "dN")

    def test_satisfied_triplets(self):
        """Negatives far beyond the margin give zero loss and zero gradients"""
        a, p, n = np.zeros((3, 2)), np.full((3, 2), 0.1), np.full((3, 2), 10.0)
        loss, dA, _, _ = triplet_margin_loss(a, p, n, margin=0.5)
        check_close(loss, 0.0, 0, 0, "loss")
        check_close(dA, np.zeros((3, 2)), 0, 0, "dA")

    def test_distances_not_squared(self):
        """d_ap = 2 and d_an = 3 with margin 2: loss 1 (squared distances would give 4 - 9 + 2 < 0)"""
        loss, _, _, _ = triplet_margin_loss([[0.0, 0.0]], [[2.0, 0.0]], [[0.0, 3.0]], margin=2.0)
        check_close(loss, 1.0, ATOL, RTOL, "loss")


if __name__ == "__main__":
    unittest.main()
