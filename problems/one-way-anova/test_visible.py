import unittest

from mlreps_check import check_close, check_equal, check_raises
from solution import one_way_anova


class VisibleTests(unittest.TestCase):
    def test_equal_sizes(self):
        """Three groups of three with means 4, 7, 10: F = 27, dfs (2, 6), eta squared 0.9"""
        f, d1, d2, eta = one_way_anova([[3, 4, 5], [6, 7, 8], [9, 10, 11]])
        check_equal((d1, d2), (2, 6), "(df_between, df_within)")
        check_close([f, eta], [27.0, 0.9], 1e-12, 1e-9, "(F, eta_squared)")

    def test_unequal_sizes(self):
        """[[1, 2], [4, 6, 8]]: grand mean 4.2, SS_between 24.3, SS_within 8.5"""
        f, d1, d2, eta = one_way_anova([[1, 2], [4, 6, 8]])
        check_equal((d1, d2), (1, 3), "(df_between, df_within)")
        check_close([f, eta], [24.3 / (8.5 / 3), 24.3 / 32.8], 1e-12, 1e-9, "(F, eta_squared)")

    def test_all_groups_constant_raises(self):
        """Every group constant: SS_within is 0 and ValueError is raised"""
        check_raises(ValueError, one_way_anova, [[2, 2, 2], [5, 5]])


if __name__ == "__main__":
    unittest.main()
