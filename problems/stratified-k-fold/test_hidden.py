import copy
import unittest

import numpy as np

from mlreps_check import check, check_equal
from solution import stratified_k_fold


def _deal(y, k):
    # Literal transcription of the dealing rule.
    fold = [None] * len(y)
    pointer = 0
    for c in sorted(set(y)):
        for i in range(len(y)):
            if y[i] == c:
                fold[i] = pointer
                pointer = (pointer + 1) % k
    return fold


class HiddenTests(unittest.TestCase):
    def test_pointer_continues_across_classes(self):
        """Singleton classes fill folds 0, 1, 2, ... instead of all landing in fold 0"""
        got = stratified_k_fold([5, 3, 9, 1], 4)
        check_equal(np.asarray(got).tolist(), [2, 1, 3, 0], "fold assignment for four singleton classes")

    def test_classes_in_ascending_order(self):
        """The smallest label is dealt first, regardless of which label appears first"""
        got = stratified_k_fold([2, 2, 2, 0, 0], 2)
        check_equal(np.asarray(got).tolist(), [0, 1, 0, 0, 1], "fold assignment")

    def test_negative_and_sparse_labels(self):
        """Labels such as -3, 10 and 7 work; only their order matters"""
        got = stratified_k_fold([10, -3, 7, -3, 10, 7], 3)
        check_equal(np.asarray(got).tolist(), [1, 0, 2, 1, 2, 0], "fold assignment")

    def test_exact_randomized_large(self):
        """Random labels (n up to 500) match the literal dealing rule exactly"""
        rng = np.random.default_rng(404)
        for trial in range(10):
            n = int(rng.integers(20, 500))
            k = int(rng.integers(2, 11))
            y = rng.integers(0, int(rng.integers(1, 6)), size=n)
            _orig_y = copy.deepcopy(y)
            _orig_k = copy.deepcopy(k)
            got = stratified_k_fold(y, k)
            check_equal(np.asarray(got).tolist(), _deal(_orig_y.tolist(), _orig_k), "fold assignment (trial %d, n=%d, k=%d)" % (trial, n, k))

    def test_balance_properties(self):
        """On imbalanced data, fold sizes and per-class counts per fold differ by at most 1"""
        rng = np.random.default_rng(7)
        y = rng.choice([0, 1, 2], size=997, p=[0.9, 0.08, 0.02])
        k = 5
        fold = np.asarray(stratified_k_fold(y, k))
        sizes = np.bincount(fold, minlength=k)
        check(sizes.max() - sizes.min() <= 1, "fold sizes must differ by at most 1", "spread <= 1", sizes)
        for c in (0, 1, 2):
            per_fold = np.bincount(fold[y == c], minlength=k)
            check(per_fold.max() - per_fold.min() <= 1, "class %d must be spread evenly over folds" % c,
                  "spread <= 1", per_fold)

    def test_output_type_and_range(self):
        """The result is an integer array of length n with values in 0..k-1"""
        y = [0, 1] * 15
        fold = np.asarray(stratified_k_fold(y, 4))
        check(np.issubdtype(fold.dtype, np.integer), "folds must be integers", "integer dtype", str(fold.dtype))
        check_equal(fold.shape, (30,), "shape of the fold array")
        check(fold.min() >= 0 and fold.max() <= 3, "folds must be in 0..3", "0..3", fold)

    def test_k_equals_n(self):
        """k = n puts every sample in its own fold"""
        fold = np.asarray(stratified_k_fold([1, 0, 1, 0, 2], 5))
        check_equal(sorted(fold.tolist()), [0, 1, 2, 3, 4], "sorted folds for k = n")
        check_equal(fold.tolist(), [2, 0, 3, 1, 4], "fold assignment for k = n")

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([3, 1, 2, 1, 3, 2])
        before = y.copy()
        stratified_k_fold(y, 2)
        check_equal(y.tolist(), before.tolist(), "y after the call")


from mlreps_check import check_raises


class GapTests(unittest.TestCase):
    def test_two_dimensional_y_raises(self):
        """A 2-D y raises ValueError"""
        check_raises(ValueError, stratified_k_fold, [[0, 1], [1, 0]], 2)

    def test_each_invalid_k_is_named(self):
        """k = 1 and k = n + 1 raise ValueError"""
        check_raises(ValueError, stratified_k_fold, [0, 1, 0, 1], 1)
        check_raises(ValueError, stratified_k_fold, [0, 1, 0, 1], 5)


if __name__ == "__main__":
    unittest.main()
