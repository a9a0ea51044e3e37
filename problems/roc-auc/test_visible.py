import unittest

from mlreps_check import check_close
from solution import roc_auc

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_classic_example(self):
        """Labels [0, 0, 1, 1] with scores [0.1, 0.4, 0.35, 0.8] give 0.75"""
        check_close(roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75, ATOL, RTOL, "roc_auc")

    def test_tie_counts_half(self):
        """A positive and a negative with equal scores contribute 1/2: AUC 0.875"""
        check_close(roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9]), 0.875, ATOL, RTOL, "roc_auc")

    def test_single_class_raises(self):
        """Only positives (or only negatives) raises ValueError"""
        with self.assertRaises(ValueError):
            roc_auc([1, 1, 1], [0.2, 0.5, 0.9])
        with self.assertRaises(ValueError):
            roc_auc([0, 0], [0.2, 0.5])


if __name__ == "__main__":
    unittest.main()
