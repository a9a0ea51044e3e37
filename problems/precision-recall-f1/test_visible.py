import unittest

from mlreps_check import check_close, check_equal
from solution import precision_recall_f1

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """TP=2, FP=1, FN=2 gives precision 2/3, recall 1/2, F1 4/7"""
        got = precision_recall_f1([1, 1, 1, 0, 0, 0, 1, 0], [1, 0, 1, 1, 0, 0, 0, 0])
        check_equal(len(got), 3, "number of returned values")
        check_close(list(got), [2 / 3, 1 / 2, 4 / 7], ATOL, RTOL, "(precision, recall, f1)")

    def test_perfect_predictions(self):
        """Predictions equal to the labels give (1, 1, 1)"""
        got = precision_recall_f1([0, 1, 1, 0, 1], [0, 1, 1, 0, 1])
        check_close(list(got), [1.0, 1.0, 1.0], ATOL, RTOL, "(precision, recall, f1)")

    def test_no_positives_at_all(self):
        """All-zero labels and predictions give (0, 0, 0) instead of dividing by zero"""
        got = precision_recall_f1([0, 0, 0], [0, 0, 0])
        check_close(list(got), [0.0, 0.0, 0.0], ATOL, RTOL, "(precision, recall, f1)")


if __name__ == "__main__":
    unittest.main()
