import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import apply_standardizer, fit_standardizer

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_fit_worked_example(self):
        """fit_standardizer on the worked example gives the column means and population stds"""
        X = np.array([[1.0, 10.0, 5.0], [2.0, 20.0, 5.0], [3.0, 60.0, 5.0]])
        mean, scale = fit_standardizer(X)
        check_shape(mean, (3,), "mean")
        check_shape(scale, (3,), "scale")
        check_close(mean, [2.0, 30.0, 5.0], ATOL, RTOL, "mean")
        check_close(scale, [np.sqrt(2.0 / 3.0), np.sqrt(1400.0 / 3.0), 1.0], ATOL, RTOL, "scale")

    def test_train_becomes_zero_mean_unit_std(self):
        """Standardized training columns have mean 0 and population std 1"""
        rng = np.random.default_rng(0)
        X = rng.normal(loc=[3.0, -50.0, 0.5], scale=[2.0, 10.0, 0.01], size=(40, 3))
        mean, scale = fit_standardizer(X)
        Z = apply_standardizer(X, mean, scale)
        check_shape(Z, (40, 3), "standardized X")
        check_close(Z.mean(axis=0), np.zeros(3), ATOL, RTOL, "column means after standardizing")
        check_close(Z.std(axis=0), np.ones(3), ATOL, RTOL, "column population stds after standardizing")

    def test_test_rows_use_training_statistics(self):
        """A test row is transformed with the training mean and scale"""
        X = np.array([[1.0, 10.0, 5.0], [2.0, 20.0, 5.0], [3.0, 60.0, 5.0]])
        mean, scale = fit_standardizer(X)
        got = apply_standardizer(np.array([[4.0, 30.0, 7.0]]), mean, scale)
        check_close(got, [[2.0 / np.sqrt(2.0 / 3.0), 0.0, 2.0]], ATOL, RTOL, "standardized test row")


if __name__ == "__main__":
    unittest.main()
