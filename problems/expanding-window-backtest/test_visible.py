import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import backtest, expanding_window_splits


def as_lists(folds):
    return [(np.asarray(tr).tolist(), np.asarray(te).tolist()) for tr, te in folds]


class VisibleTests(unittest.TestCase):
    def test_example_splits(self):
        """n=10, initial=4, horizon=2: three folds with growing training windows"""
        got = as_lists(expanding_window_splits(10, 4, 2))
        check_equal(got, [([0, 1, 2, 3], [4, 5]), ([0, 1, 2, 3, 4, 5], [6, 7]), ([0, 1, 2, 3, 4, 5, 6, 7], [8, 9])], "folds")

    def test_step_and_gap(self):
        """step=3, gap=1: the test block starts one step after the training window"""
        got = as_lists(expanding_window_splits(10, 4, 2, step=3, gap=1))
        check_equal(got, [([0, 1, 2, 3], [5, 6]), ([0, 1, 2, 3, 4, 5, 6], [8, 9])], "folds with step=3, gap=1")

    def test_naive_backtest(self):
        """A last-value forecaster on [1, 2, 4, 7, 11, 16, 22, 29] has fold MAEs 6.5 and 9.5"""
        naive = lambda history, steps: np.full(steps, history[-1])
        fold_mae, mean_mae = backtest([1, 2, 4, 7, 11, 16, 22, 29], naive, 4, 2)
        check_close(fold_mae, [6.5, 9.5], 1e-12, 1e-9, "fold MAEs")
        check_close(mean_mae, 8.0, 1e-12, 1e-9, "mean MAE")


if __name__ == "__main__":
    unittest.main()
