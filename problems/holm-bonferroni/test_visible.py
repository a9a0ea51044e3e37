import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import holm_bonferroni

ATOL = 1e-12


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """[0.01, 0.04, 0.03, 0.005] -> adjusted [0.03, 0.06, 0.06, 0.02]; the first and last rejected"""
        adjusted, reject = holm_bonferroni([0.01, 0.04, 0.03, 0.005])
        check_close(adjusted, [0.03, 0.06, 0.06, 0.02], ATOL, 0, "adjusted p-values")
        check_equal(np.asarray(reject), np.array([True, False, False, True]), "reject")

    def test_single_test_is_unchanged(self):
        """With one p-value there is nothing to correct: adjusted = p"""
        adjusted, reject = holm_bonferroni([0.03])
        check_close(adjusted, [0.03], ATOL, 0, "adjusted for m=1")
        check_equal(np.asarray(reject), np.array([True]), "reject for m=1")

    def test_reject_dtype_and_level(self):
        """reject is a bool array and depends on alpha"""
        p = [0.002, 0.02, 0.2]
        _, strict = holm_bonferroni(p, alpha=0.01)
        _, loose = holm_bonferroni(p, alpha=0.05)
        check(np.asarray(strict).dtype == bool, "reject must be a bool array", "bool", np.asarray(strict).dtype)
        check_equal(np.asarray(strict), np.array([True, False, False]), "reject at alpha=0.01")
        check_equal(np.asarray(loose), np.array([True, True, False]), "reject at alpha=0.05")


if __name__ == "__main__":
    unittest.main()
