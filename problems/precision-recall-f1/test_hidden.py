import random
import unittest

from mlreps_check import check, check_close, check_raises
from solution import precision_recall_f1

ATOL, RTOL = 1e-12, 1e-9


def _counts(y_true, y_pred):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t == 0 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 0)
    return tp, fp, fn


class HiddenTests(unittest.TestCase):
    def test_precision_and_recall_not_swapped(self):
        """High precision, low recall: one correct positive out of four real ones"""
        got = precision_recall_f1([1, 1, 1, 1, 0, 0], [1, 0, 0, 0, 0, 0])
        check_close(list(got), [1.0, 0.25, 0.4], ATOL, RTOL, "(precision, recall, f1)")

    def test_no_predicted_positives(self):
        """Real positives but no predicted ones: precision 0.0 (defined), recall 0, F1 0"""
        got = precision_recall_f1([1, 0, 1], [0, 0, 0])
        check_close(list(got), [0.0, 0.0, 0.0], ATOL, RTOL, "(precision, recall, f1)")

    def test_no_actual_positives(self):
        """Predicted positives but no real ones: precision 0, recall 0.0 (defined), F1 0"""
        got = precision_recall_f1([0, 0, 0, 0], [1, 0, 1, 0])
        check_close(list(got), [0.0, 0.0, 0.0], ATOL, RTOL, "(precision, recall, f1)")

    def test_empty_input(self):
        """Empty sequences give (0.0, 0.0, 0.0)"""
        check_close(list(precision_recall_f1([], [])), [0.0, 0.0, 0.0], ATOL, RTOL, "(precision, recall, f1) of []")

    def test_f1_is_harmonic_mean(self):
        """Precision 1/2 and recall 1 give F1 2/3, not the arithmetic mean 3/4"""
        got = precision_recall_f1([1, 0], [1, 1])
        check_close(list(got), [0.5, 1.0, 2 / 3], ATOL, RTOL, "(precision, recall, f1)")

    def test_randomized_against_counts(self):
        """Random label vectors match the count formulas, with F1 = 2TP / (2TP + FP + FN)"""
        rnd = random.Random(31)
        for trial in range(50):
            n = rnd.randint(1, 40)
            y_true = [rnd.randint(0, 1) for _ in range(n)]
            y_pred = [rnd.randint(0, 1) for _ in range(n)]
            tp, fp, fn = _counts(y_true, y_pred)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            got = precision_recall_f1(y_true, y_pred)
            check_close(list(got), [p, r, f], ATOL, RTOL, "(precision, recall, f1) for trial %d" % trial)

    def test_returns_floats(self):
        """All three results are floats"""
        got = precision_recall_f1([1, 0, 1], [1, 1, 1])
        check(all(isinstance(v, float) for v in got), "precision, recall and f1 must be floats",
              "three floats", [type(v).__name__ for v in got])

    def test_invalid_input_raises(self):
        """Mismatched lengths and labels other than 0/1 raise ValueError"""
        check_raises(ValueError, precision_recall_f1, [1, 0, 1], [1, 0])
        check_raises(ValueError, precision_recall_f1, [1, 2, 0], [1, 1, 0])
        check_raises(ValueError, precision_recall_f1, [1, 0], [1, -1])


if __name__ == "__main__":
    unittest.main()
