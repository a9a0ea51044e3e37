import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import did_2x2, did_regression

ATOL, RTOL = 1e-6, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example_2x2(self):
        """Treated moves 11 -> 16, control 9 -> 11: DiD is 5 - 2 = 3"""
        got = did_2x2([10, 12], [15, 17], [8, 10], [10, 12])
        check(isinstance(got, float), "did_2x2 must return a Python float", "float", type(got).__name__)
        check_close(got, 3.0, ATOL, RTOL, "did_2x2 of the worked example")

    def test_worked_example_regression(self):
        """The same data as units gives coefficients [9, 2, 2, 3]"""
        y = [10, 12, 15, 17, 8, 10, 10, 12]
        treated = [1, 1, 1, 1, 0, 0, 0, 0]
        post = [0, 0, 1, 1, 0, 0, 1, 1]
        got = did_regression(y, treated, post)
        check_shape(got, (4,), "did_regression(y, treated, post)")
        check_close(got, [9.0, 2.0, 2.0, 3.0], ATOL, RTOL, "[b0, b_treated, b_post, b_did]")

    def test_unbalanced_cells(self):
        """Cells of sizes 1, 2, 3 and 4: the interaction equals the 2x2 estimate (10.5 - 2) - (3 - 1) = 6.5"""
        tp, tq, cp, cq = [2.0], [10.0, 11.0], [0.0, 1.0, 2.0], [2.0, 3.0, 3.0, 4.0]
        check_close(did_2x2(tp, tq, cp, cq), 6.5, ATOL, RTOL, "did_2x2 with unbalanced cells")
        y = tp + tq + cp + cq
        treated = [1] * 3 + [0] * 7
        post = [0, 1, 1, 0, 0, 0, 1, 1, 1, 1]
        check_close(did_regression(y, treated, post), [1.0, 1.0, 2.0, 6.5], ATOL, RTOL, "did_regression with unbalanced cells")


if __name__ == "__main__":
    unittest.main()
