import unittest

from mlreps_check import check, check_close
from solution import cohen_kappa


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """p_o = 4/6 and p_e = 1/2 give kappa = 1/3"""
        a = ["yes", "yes", "no", "no", "yes", "no"]
        b = ["yes", "no", "no", "no", "yes", "yes"]
        got = cohen_kappa(a, b)
        check(isinstance(got, float), "kappa must be a Python float", "float", type(got).__name__)
        check_close(got, 1 / 3, 1e-12, 0, "kappa of the example")

    def test_perfect_agreement(self):
        """Identical labels with at least two classes give 1.0"""
        check_close(cohen_kappa([1, 2, 3, 1, 2], [1, 2, 3, 1, 2]), 1.0, 1e-12, 0, "kappa of identical ratings")

    def test_systematic_disagreement(self):
        """Always disagreeing on two balanced labels gives -1.0"""
        check_close(cohen_kappa([0, 1, 0, 1], [1, 0, 1, 0]), -1.0, 1e-12, 0, "kappa of opposite ratings")


if __name__ == "__main__":
    unittest.main()
