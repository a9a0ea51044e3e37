import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import fit_linear_svm, svm_objective

X_EX = np.array([[0.0, 2.0], [-1.0, 2.0], [-1.0, 0.0], [-1.0, -2.0]])
Y_EX = np.array([1, 1, -1, -1])


class VisibleTests(unittest.TestCase):
    def test_objective_by_hand(self):
        """Objective at w=[7/32, 9/16], b=-1/8, lam=0.5 is 1269/4096"""
        got = svm_objective(X_EX, Y_EX, np.array([7 / 32, 9 / 16]), -1 / 8, 0.5)
        check_close(got, 1269 / 4096, 1e-12, 1e-12, "objective")

    def test_two_steps(self):
        """Two steps (lam=0.5, lr=0.5) give w=[7/32, 9/16], b=-1/8"""
        w, b = fit_linear_svm(X_EX, Y_EX, lam=0.5, lr=0.5, n_iters=2)
        check_shape(w, (2,), "w")
        check_close(w, [7 / 32, 9 / 16], 1e-12, 1e-12, "w after 2 steps")
        check_close(b, -1 / 8, 1e-12, 1e-12, "b after 2 steps")

    def test_margin_exactly_one_is_inactive(self):
        """Step 3 sees a margin of exactly 1 (not active): w=[21/128, 43/64], b=-1/8"""
        w, b = fit_linear_svm(X_EX, Y_EX, lam=0.5, lr=0.5, n_iters=3)
        check_close(w, [21 / 128, 43 / 64], 1e-12, 1e-12, "w after 3 steps")
        check_close(b, -1 / 8, 1e-12, 1e-12, "b after 3 steps")


if __name__ == "__main__":
    unittest.main()
