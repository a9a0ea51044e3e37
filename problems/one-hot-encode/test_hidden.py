import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import one_hot


class HiddenTests(unittest.TestCase):
    def test_negative_label_raises(self):
        """A negative label raises ValueError instead of wrapping to the last column"""
        check_raises(ValueError, one_hot, [0, -1, 1], num_classes=3)
        check_raises(ValueError, one_hot, np.array([-1, 2]))

    def test_bad_num_classes_raises(self):
        """num_classes of 0 or below raises ValueError"""
        check_raises(ValueError, one_hot, [], num_classes=0)
        check_raises(ValueError, one_hot, [0], num_classes=-2)

    def test_empty_labels(self):
        """Empty labels give shape (0, K) with num_classes, and ValueError without it"""
        got = one_hot(np.array([], dtype=np.int64), num_classes=5)
        check_shape(got, (0, 5), "one_hot([], num_classes=5)")
        check_raises(ValueError, one_hot, [])

    def test_not_one_dimensional_raises(self):
        """A 2-D label array raises ValueError"""
        check_raises(ValueError, one_hot, np.array([[0, 1], [1, 0]]), num_classes=2)

    def test_float64_dtype(self):
        """The result is a float64 array"""
        got = one_hot(np.array([0, 1, 1], dtype=np.int32), num_classes=2)
        check_equal(str(np.asarray(got).dtype), "float64", "dtype of the result")

    def test_randomized_rows(self):
        """Random labels: each row sums to 1 and has its 1 in the label's column"""
        rng = np.random.default_rng(9)
        for trial in range(5):
            k = int(rng.integers(1, 8))
            n = int(rng.integers(1, 60))
            labels = rng.integers(0, k, size=n)
            got = np.asarray(one_hot(labels, num_classes=k))
            check_shape(got, (n, k), "one_hot shape (trial %d)" % trial)
            expected = [[1.0 if labels[i] == j else 0.0 for j in range(k)] for i in range(n)]
            check_close(got, expected, 0, 0, "one_hot values (trial %d)" % trial)
            check_equal(np.argmax(got, axis=1), labels, "argmax of each row recovers the labels (trial %d)" % trial)

    def test_single_class(self):
        """All labels 0 with inferred num_classes gives a column of ones"""
        check_close(one_hot([0, 0, 0]), [[1.0], [1.0], [1.0]], 0, 0, "one_hot([0, 0, 0])")

    def test_input_not_modified(self):
        """The label array is left unchanged"""
        labels = np.array([3, 1, 2])
        before = labels.copy()
        one_hot(labels, num_classes=5)
        check(np.array_equal(labels, before), "labels must not be modified", before, labels)


if __name__ == "__main__":
    unittest.main()
