import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import acf, significant_lags


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """[1, 2, 4, 3, 5, 6]: r = [1, 5.75, -1, 0.25] / 17.5"""
        got = acf([1, 2, 4, 3, 5, 6], 3)
        check_shape(got, (4,), "acf(..., 3)")
        check_close(got, [1.0, 5.75 / 17.5, -1.0 / 17.5, 0.25 / 17.5], 1e-9, 0, "acf of the example")

    def test_alternating_series(self):
        """An alternating series has r[1] near -1 and r[2] near +1"""
        y = [1.0, -1.0] * 10
        got = acf(y, 2)
        check_close(got, [1.0, -19 / 20, 18 / 20], 1e-9, 0, "acf of +1, -1, +1, ...")

    def test_significant_lags_example(self):
        """With z=0.5 the bound is 0.204: only lag 1 of the example passes"""
        check_equal(significant_lags([1, 2, 4, 3, 5, 6], 3, z=0.5), [1], "significant_lags(z=0.5)")


if __name__ == "__main__":
    unittest.main()
