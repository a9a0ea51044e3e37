import unittest

from mlreps_check import check_close, check_raises
from solution import average_ranks, spearman_correlation


class VisibleTests(unittest.TestCase):
    def test_average_ranks_with_a_tie(self):
        """average_ranks([10, 20, 20, 40]) gives the two 20s rank 2.5"""
        check_close(average_ranks([10, 20, 20, 40]), [1.0, 2.5, 2.5, 4.0], 1e-12, 0, "average_ranks([10, 20, 20, 40])")

    def test_worked_example(self):
        """[10, 20, 20, 40] vs [1, 3, 2, 4]: Pearson of ranks [1, 2.5, 2.5, 4] and [1, 3, 2, 4]"""
        got = spearman_correlation([10, 20, 20, 40], [1, 3, 2, 4])
        check_close(float(got), 4.5 / (4.5 * 5.0) ** 0.5, 1e-12, 1e-9, "spearman_correlation([10, 20, 20, 40], [1, 3, 2, 4])")

    def test_monotone_but_not_linear(self):
        """A strictly increasing, non-linear relationship gives rho = 1"""
        got = spearman_correlation([1, 2, 3, 4], [1.0, 10.0, 100.0, 1000.0])
        check_close(float(got), 1.0, 1e-12, 1e-9, "spearman_correlation of x and 10**x")

    def test_constant_input_raises(self):
        """A constant y raises ValueError"""
        check_raises(ValueError, spearman_correlation, [1, 2, 3], [5, 5, 5])


if __name__ == "__main__":
    unittest.main()
