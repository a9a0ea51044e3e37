import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import t_learner_uplift

ATOL, RTOL = 1e-8, 1e-6
X = [[0.0], [1.0], [2.0], [3.0], [0.0], [1.0], [2.0], [3.0]]
Y = [1.0, 2.0, 3.0, 4.0, 1.0, 3.0, 5.0, 7.0]
T = [0, 0, 0, 0, 1, 1, 1, 1]


class VisibleTests(unittest.TestCase):
    def test_exact_lines_without_penalty(self):
        """Control 1 + x, treated 1 + 2x, l2=0: uplift x, so [0, 5] at x = 0 and 5"""
        got = t_learner_uplift(X, Y, T, [[0.0], [5.0]], l2=0.0)
        check_shape(got, (2,), "uplift for two rows")
        check_close(got, [0.0, 5.0], ATOL, RTOL, "uplift with l2=0")

    def test_ridge_shrinks_slopes_not_intercepts(self):
        """l2=1: slopes 5/6 and 10/6, intercepts 1.25 and 1.5 (unpenalised), so uplift 0.25 + 5x/6"""
        got = t_learner_uplift(X, Y, T, [[0.0], [5.0]], l2=1.0)
        check_close(got, [0.25, 0.25 + 25.0 / 6.0], ATOL, RTOL, "uplift with l2=1")

    def test_float64_output_for_integer_input(self):
        """Integer inputs give a float64 result"""
        got = t_learner_uplift([[0], [1], [2], [0], [1], [2]], [1, 2, 3, 2, 4, 6], [0, 0, 0, 1, 1, 1], [[1]], l2=0.0)
        check(np.asarray(got).dtype == np.float64, "the result must be float64", "float64", np.asarray(got).dtype)
        check_close(got, [2.0], ATOL, RTOL, "uplift at x=1 (control 1 + x, treated 2 + 2x)")


if __name__ == "__main__":
    unittest.main()
