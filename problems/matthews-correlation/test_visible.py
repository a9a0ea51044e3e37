import unittest

from mlreps_check import check, check_close
from solution import matthews_corrcoef


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """TP=2, TN=2, FP=1, FN=1 gives 3/9"""
        got = matthews_corrcoef([1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 1])
        check(isinstance(got, float), "the result must be a Python float", "float", type(got).__name__)
        check_close(got, 1 / 3, 1e-12, 0, "MCC of the example")

    def test_perfect_and_inverted(self):
        """Perfect predictions give 1, inverted predictions give -1"""
        y = [0, 1, 1, 0, 1]
        check_close(matthews_corrcoef(y, y), 1.0, 1e-12, 0, "MCC of perfect predictions")
        check_close(matthews_corrcoef(y, [1 - v for v in y]), -1.0, 1e-12, 0, "MCC of inverted predictions")

    def test_constant_predictions_give_zero(self):
        """All predictions negative: a zero marginal, so MCC is 0.0"""
        check_close(matthews_corrcoef([0, 0, 0, 1], [0, 0, 0, 0]), 0.0, 1e-12, 0, "MCC with no positive predictions")


if __name__ == "__main__":
    unittest.main()
