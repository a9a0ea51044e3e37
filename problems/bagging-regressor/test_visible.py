import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import bagging_regressor


def fit_mean(Xb, yb):
    m = float(np.mean(yb))
    return lambda A: np.full(len(A), m)


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """Three mean models from seed 0: test predictions 4.4, OOB [5.2, 4.5, 2.8, 2.8, nan]"""
        X = np.arange(5.0)[:, None]
        y = np.array([1.0, 2.0, 3.0, 4.0, 10.0])
        test_pred, oob = bagging_regressor(X, y, np.array([[0.0], [9.0]]), fit_mean, n_estimators=3, seed=0)
        check_shape(test_pred, (2,), "test_pred")
        check_close(test_pred, [4.4, 4.4], 1e-12, 0, "test_pred")
        oob = np.asarray(oob)
        check(np.isnan(oob[4]), "row 4 was in every bootstrap sample, so its OOB prediction is nan", "nan", oob[4])
        check_close(oob[:4], [5.2, 4.5, 2.8, 2.8], 1e-12, 0, "OOB predictions")

    def test_constant_target(self):
        """A constant target gives that constant everywhere it is defined"""
        X = np.random.default_rng(0).normal(size=(12, 2))
        test_pred, oob = bagging_regressor(X, np.full(12, 7.0), X[:3], fit_mean, n_estimators=20, seed=1)
        check_close(test_pred, [7.0] * 3, 1e-12, 0, "test_pred")
        check_close(np.asarray(oob)[~np.isnan(oob)], np.full(int(np.sum(~np.isnan(oob))), 7.0), 1e-12, 0, "OOB predictions")

    def test_single_estimator(self):
        """One estimator: its OOB rows are exactly the rows missing from its draw"""
        X = np.arange(6.0)[:, None]
        y = np.arange(6.0)
        idx = np.random.default_rng(4).integers(0, 6, size=6)
        _, oob = bagging_regressor(X, y, X[:1], fit_mean, n_estimators=1, seed=4)
        missing = np.setdiff1d(np.arange(6), idx)
        check_close(np.sort(np.flatnonzero(~np.isnan(oob))), missing, 0, 0, "rows with an OOB prediction")


if __name__ == "__main__":
    unittest.main()
