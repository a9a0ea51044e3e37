import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import benjamini_hochberg

ATOL = 1e-12
P = [0.04, 0.001, 0.03, 0.2, 0.045]


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 5-test example: adjusted [0.05625, 0.005, 0.05625, 0.2, 0.05625]; only 0.001 rejected at q=0.05"""
        adjusted, reject = benjamini_hochberg(P)
        check_close(adjusted, [0.05625, 0.005, 0.05625, 0.2, 0.05625], ATOL, 0, "adjusted p-values")
        check_equal(np.asarray(reject), np.array([False, True, False, False, False]), "reject at q=0.05")

    def test_step_up_rejects_below_a_passing_value(self):
        """At q=0.06, 0.03 and 0.04 miss their own thresholds but are rejected because 0.045 passes"""
        _, reject = benjamini_hochberg(P, q=0.06)
        check(np.asarray(reject).dtype == bool, "reject must be a bool array", "bool", np.asarray(reject).dtype)
        check_equal(np.asarray(reject), np.array([True, True, True, False, True]), "reject at q=0.06")

    def test_single_test_is_unchanged(self):
        """With one p-value, adjusted = p"""
        adjusted, reject = benjamini_hochberg([0.07], q=0.1)
        check_close(adjusted, [0.07], ATOL, 0, "adjusted for m=1")
        check_equal(np.asarray(reject), np.array([True]), "reject for m=1 at q=0.1")


if __name__ == "__main__":
    unittest.main()
