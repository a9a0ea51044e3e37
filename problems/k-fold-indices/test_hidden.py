import copy
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises
from solution import k_fold_indices


def _as_list(a):
    return [int(v) for v in np.asarray(a).ravel()]


def _expected_val_folds(n, k):
    # Deal the extra n % k indices to the first folds, one each.
    sizes = [n // k + (1 if f < n % k else 0) for f in range(k)]
    folds, start = [], 0
    for s in sizes:
        folds.append(list(range(start, start + s)))
        start += s
    return folds


class HiddenTests(unittest.TestCase):
    def test_extra_elements_go_to_first_folds(self):
        """n=11, k=3 gives sizes 4, 4, 3 (extras first, not last)"""
        folds = k_fold_indices(11, 3)
        check_equal([len(_as_list(v)) for _, v in folds], [4, 4, 3], "fold sizes for n=11, k=3")
        check_equal(_as_list(folds[2][1]), [8, 9, 10], "val_idx of the last fold")

    def test_leave_one_out(self):
        """k = n gives leave-one-out: fold i validates on [i] alone"""
        folds = k_fold_indices(5, 5)
        for i, (train, val) in enumerate(folds):
            check_equal(_as_list(val), [i], "val_idx of fold %d" % i)
            check_equal(_as_list(train), [j for j in range(5) if j != i], "train_idx of fold %d" % i)

    def test_two_folds_odd_n(self):
        """n=7, k=2 gives folds [0..3] and [4..6]"""
        folds = k_fold_indices(7, 2)
        check_equal([_as_list(v) for _, v in folds], [[0, 1, 2, 3], [4, 5, 6]], "validation folds for n=7, k=2")
        check_equal(_as_list(folds[0][0]), [4, 5, 6], "train_idx of fold 0")
        check_equal(_as_list(folds[1][0]), [0, 1, 2, 3], "train_idx of fold 1")

    def test_exact_output_many_sizes(self):
        """For many (n, k) pairs every fold matches the contiguous, extras-first layout"""
        for n in range(2, 30):
            for k in range(2, n + 1, 3):
                _orig_n = copy.deepcopy(n)
                _orig_k = copy.deepcopy(k)
                folds = k_fold_indices(n, k)
                expected = _expected_val_folds(_orig_n, _orig_k)
                check_equal(len(folds), k, "number of folds for n=%d, k=%d" % (n, k))
                for f, (train, val) in enumerate(folds):
                    check_equal(_as_list(val), expected[f], "val_idx of fold %d for n=%d, k=%d" % (f, n, k))
                    others = [i for i in range(n) if i not in set(expected[f])]
                    check_equal(_as_list(train), others, "train_idx of fold %d for n=%d, k=%d" % (f, n, k))

    def test_properties_large(self):
        """n=1003, k=10: sizes differ by at most 1 and validation folds partition the indices"""
        folds = k_fold_indices(1003, 10)
        sizes = [len(_as_list(v)) for _, v in folds]
        check(max(sizes) - min(sizes) <= 1, "fold sizes must differ by at most 1", "spread <= 1", sizes)
        all_val = sorted(i for _, v in folds for i in _as_list(v))
        check_equal(all_val, list(range(1003)), "sorted concatenation of all val_idx")
        for f, (train, val) in enumerate(folds):
            check_equal(len(_as_list(train)) + len(_as_list(val)), 1003, "train + val size of fold %d" % f)

    def test_integer_dtype(self):
        """Returned index arrays have an integer dtype"""
        for train, val in k_fold_indices(9, 4):
            check(np.issubdtype(np.asarray(train).dtype, np.integer), "train_idx must be integers",
                  "integer dtype", str(np.asarray(train).dtype))
            check(np.issubdtype(np.asarray(val).dtype, np.integer), "val_idx must be integers",
                  "integer dtype", str(np.asarray(val).dtype))

    def test_k_zero_raises(self):
        """k=0 raises ValueError"""
        check_raises(ValueError, k_fold_indices, 4, 0)


class GapTests(unittest.TestCase):
    def test_each_invalid_k_is_named(self):
        """k = 1 and k = n + 1 raise ValueError"""
        check_raises(ValueError, k_fold_indices, 5, 1)
        check_raises(ValueError, k_fold_indices, 5, 6)
        check_raises(ValueError, k_fold_indices, 0, 2)


if __name__ == "__main__":
    unittest.main()
