import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import log_sum_exp

ATOL, RTOL = 1e-9, 1e-12


class VisibleTests(unittest.TestCase):
    def test_small_vector(self):
        """log(e + e^2 + e^3) = 3.40760596444438..."""
        got = log_sum_exp([1.0, 2.0, 3.0])
        check_close(float(got), math.log(math.e + math.e ** 2 + math.e ** 3), ATOL, RTOL, "log_sum_exp([1, 2, 3])")

    def test_rows_with_huge_and_negative_infinite_entries(self):
        """Row-wise: [1000, 1000] gives 1000 + log 2; [-1e4, -inf] gives -1e4"""
        got = log_sum_exp(np.array([[1000.0, 1000.0], [-1e4, -np.inf]]), axis=1)
        check_shape(got, (2,), "log_sum_exp over axis 1")
        check_close(got, [1000 + math.log(2), -1e4], ATOL, RTOL, "log_sum_exp over axis 1")

    def test_all_negative_infinity(self):
        """Every entry -inf gives -inf, not nan"""
        got = float(log_sum_exp([-np.inf, -np.inf]))
        check(got == -math.inf, "log_sum_exp([-inf, -inf]) must be -inf", -math.inf, got)


if __name__ == "__main__":
    unittest.main()
