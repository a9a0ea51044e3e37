import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import best_split

TOL = 1e-9


class VisibleTests(unittest.TestCase):
    def test_simple_split(self):
        """Gradients -2, -2, 1, 3 split between 2 and 3 with gain 16/3"""
        got = best_split(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([-2.0, -2.0, 1.0, 3.0]), np.ones(4))
        check(got is not None, "a split must be found", "a dict", got)
        check_equal(got["feature"], 0, "feature")
        check_close(got["threshold"], 2.5, TOL, TOL, "threshold")
        check_close(got["gain"], 16 / 3, TOL, TOL, "gain")
        check_equal(got["default_left"], False, "default_left with no missing values")
        check_close([got["left_weight"], got["right_weight"]], [4 / 3, -4 / 3], TOL, TOL, "leaf weights")

    def test_missing_values_learn_a_direction(self):
        """The missing row has a negative gradient and is sent left"""
        X = np.array([[1.0], [2.0], [np.nan], [4.0], [5.0]])
        got = best_split(X, np.array([-2.0, -2.0, -3.0, 3.0, 3.0]), np.ones(5))
        check_equal(got["default_left"], True, "default_left")
        check_close(got["threshold"], 3.0, TOL, TOL, "threshold")
        check_close(got["gain"], 0.5 * (49 / 4 + 36 / 3 - 1 / 6), TOL, TOL, "gain")
        check_close([got["left_weight"], got["right_weight"]], [1.75, -2.0], TOL, TOL, "leaf weights")

    def test_gamma_can_forbid_splitting(self):
        """With gamma = 6 the best gain 16/3 - 6 is negative: None"""
        got = best_split(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([-2.0, -2.0, 1.0, 3.0]), np.ones(4), gamma=6.0)
        check(got is None, "no split may be returned when every gain is <= 0", None, got)


if __name__ == "__main__":
    unittest.main()
