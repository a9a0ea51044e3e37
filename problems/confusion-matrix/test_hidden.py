import copy
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises, check_shape
from solution import confusion_matrix


def _loop_confusion(y_true, y_pred, k):
    c = [[0] * k for _ in range(k)]
    for t, p in zip(y_true, y_pred):
        c[int(t)][int(p)] += 1
    return c


class HiddenTests(unittest.TestCase):
    def test_orientation_rows_are_true(self):
        """All class-0 samples predicted 2 land in row 0, column 2"""
        got = confusion_matrix([0, 0, 0], [2, 2, 2], num_classes=3)
        check_equal(np.asarray(got), np.array([[0, 0, 3], [0, 0, 0], [0, 0, 0]]), "confusion matrix")

    def test_randomized_against_loop(self):
        """Random labels for several class counts match a simple counting loop"""
        rng = np.random.default_rng(2024)
        for trial in range(6):
            k = int(rng.integers(1, 7))
            n = int(rng.integers(0, 300))
            y_true = rng.integers(0, k, size=n)
            y_pred = np.where(rng.random(n) < 0.6, y_true, rng.integers(0, k, size=n))
            _orig_y_true = copy.deepcopy(y_true)
            _orig_y_pred = copy.deepcopy(y_pred)
            _orig_k = copy.deepcopy(k)
            got = confusion_matrix(y_true, y_pred, num_classes=k)
            check_shape(got, (k, k), "confusion matrix shape (trial %d)" % trial)
            check_equal(np.asarray(got).tolist(), _loop_confusion(_orig_y_true, _orig_y_pred, _orig_k), "confusion matrix (trial %d)" % trial)

    def test_integer_dtype_and_total(self):
        """The result has an integer dtype and its entries sum to n"""
        y_true = [0, 1, 2, 1, 0, 2, 2]
        y_pred = [1, 1, 2, 0, 0, 2, 1]
        got = np.asarray(confusion_matrix(y_true, y_pred, num_classes=3))
        check(np.issubdtype(got.dtype, np.integer), "the confusion matrix must have an integer dtype",
              "integer dtype", str(got.dtype))
        check_equal(int(got.sum()), 7, "sum of all counts")
        check_equal(int(np.trace(got)), 4, "number of correct predictions (trace)")

    def test_empty_input(self):
        """Empty label arrays give a matrix of zeros"""
        got = confusion_matrix(np.array([], dtype=np.int64), np.array([], dtype=np.int64), num_classes=2)
        check_equal(np.asarray(got), np.zeros((2, 2), dtype=np.int64), "confusion matrix of empty input")

    def test_length_mismatch_raises(self):
        """Different lengths raise ValueError"""
        check_raises(ValueError, confusion_matrix, [0, 1, 1], [0, 1], num_classes=2)

    def test_out_of_range_labels_raise(self):
        """A negative label or one equal to num_classes, in either array, raises ValueError"""
        for y_true, y_pred in [([0, 2], [0, 1]), ([0, 1], [0, 2]), ([-1, 1], [0, 1]), ([0, 1], [0, -1])]:
            check_raises(ValueError, confusion_matrix, y_true, y_pred, num_classes=2, what="y_true=%s y_pred=%s" % (y_true, y_pred))

    def test_single_class(self):
        """num_classes=1 with all labels 0 gives [[n]]"""
        check_equal(np.asarray(confusion_matrix([0, 0, 0, 0], [0, 0, 0, 0], num_classes=1)), np.array([[4]]),
                    "confusion matrix with one class")


class GapTests(unittest.TestCase):
    def test_inputs_not_modified(self):
        """int64 arrays y_true and y_pred are left unchanged"""
        y_true = np.array([0, 2, 1, 2, 0, 1], dtype=np.int64)
        y_pred = np.array([0, 1, 1, 2, 2, 1], dtype=np.int64)
        t0, p0 = y_true.copy(), y_pred.copy()
        got = confusion_matrix(y_true, y_pred, 3)
        check_equal(np.asarray(got), np.array([[1, 0, 1], [0, 2, 0], [0, 1, 1]]), "confusion matrix")
        check_equal(y_true, t0, "y_true after the call")
        check_equal(y_pred, p0, "y_pred after the call")

    def test_each_invalid_call_is_named(self):
        """num_classes 0, a label equal to num_classes in y_pred, a negative true label each raise ValueError"""
        check_raises(ValueError, confusion_matrix, [], [], 0)
        check_raises(ValueError, confusion_matrix, [0, 1], [0, 2], 2)
        check_raises(ValueError, confusion_matrix, [-1, 1], [0, 1], 2)


if __name__ == "__main__":
    unittest.main()
