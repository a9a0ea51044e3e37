import math
import unittest

from mlreps_check import check_close
from solution import entropy, gini

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Gini and entropy of [0, 0, 1, 1, 1, 2] match the worked example"""
        y = [0, 0, 1, 1, 1, 2]
        check_close(gini(y), 22.0 / 36.0, ATOL, RTOL, "gini([0, 0, 1, 1, 1, 2])")
        expected = math.log2(3) / 3 + 0.5 + math.log2(6) / 6
        check_close(entropy(y), expected, ATOL, RTOL, "entropy([0, 0, 1, 1, 1, 2])")

    def test_pure_set_is_zero(self):
        """A set with a single class has zero Gini and zero entropy"""
        check_close(gini(["a", "a", "a"]), 0.0, ATOL, RTOL, "gini of a pure set")
        check_close(entropy([4, 4]), 0.0, ATOL, RTOL, "entropy of a pure set")

    def test_fair_coin(self):
        """Two equally frequent classes give Gini 0.5 and entropy exactly 1 bit"""
        check_close(gini([0, 1, 1, 0]), 0.5, ATOL, RTOL, "gini of a 50/50 split")
        check_close(entropy(["a", "b"]), 1.0, ATOL, RTOL, "entropy of a 50/50 split")


if __name__ == "__main__":
    unittest.main()
