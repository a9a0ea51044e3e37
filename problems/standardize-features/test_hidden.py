import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import apply_standardizer, fit_standardizer

ATOL, RTOL = 1e-9, 1e-7


def _population_std(column):
    column = [float(v) for v in column]
    mu = sum(column) / len(column)
    return (sum((v - mu) ** 2 for v in column) / len(column)) ** 0.5


class HiddenTests(unittest.TestCase):
    def test_population_not_sample_std(self):
        """scale divides by n, not n - 1"""
        X = np.array([[0.0], [2.0]])
        _, scale = fit_standardizer(X)
        check_close(scale, [1.0], ATOL, RTOL, "scale of the column [0, 2]")

    def test_constant_column_with_rounding(self):
        """A constant column of 0.1s gets scale 1.0 even though its computed std is not exactly 0"""
        X = np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]])
        mean, scale = fit_standardizer(X)
        check_close(scale[0], 1.0, 0, 0, "scale of the constant column")
        Z = apply_standardizer(X, mean, scale)
        check(np.all(np.isfinite(Z)), "standardized values must be finite", "finite values", Z)
        check_close(Z[:, 0], [0.0, 0.0, 0.0], ATOL, RTOL, "standardized constant column")
        check_close(apply_standardizer(np.array([[1.1, 1.0]]), mean, scale)[0, 0], 1.0, ATOL, RTOL,
                    "test value 1.1 in a training column of 0.1s")

    def test_single_training_row(self):
        """With one training row every column is constant: scale is all ones"""
        mean, scale = fit_standardizer(np.array([[3.0, -2.0, 7.5]]))
        check_close(mean, [3.0, -2.0, 7.5], ATOL, RTOL, "mean of one row")
        check_close(scale, [1.0, 1.0, 1.0], 0, 0, "scale of one row")

    def test_randomized_against_loops(self):
        """Random train/test matrices match a loop-based z-score with training statistics"""
        rng = np.random.default_rng(42)
        for trial in range(5):
            n, m, d = rng.integers(2, 30), rng.integers(1, 20), rng.integers(1, 6)
            X_train = rng.normal(size=(n, d)) * rng.uniform(0.1, 100.0, size=d) + rng.uniform(-50, 50, size=d)
            X_test = rng.normal(size=(m, d)) * 5.0
            _orig_X_train = copy.deepcopy(X_train)
            mean, scale = fit_standardizer(X_train)
            mu = [sum(X_train[:, j]) / n for j in range(d)]
            sd = [_population_std(_orig_X_train[:, j]) for j in range(d)]
            check_close(mean, mu, ATOL, RTOL, "mean (trial %d)" % trial)
            check_close(scale, sd, ATOL, RTOL, "scale (trial %d)" % trial)
            expected = [[(X_test[i, j] - mu[j]) / sd[j] for j in range(d)] for i in range(m)]
            got = apply_standardizer(X_test, mean, scale)
            check_shape(got, (m, d), "standardized test matrix (trial %d)" % trial)
            check_close(got, expected, ATOL, RTOL, "standardized test matrix (trial %d)" % trial)

    def test_test_statistics_not_used(self):
        """A shifted test set is not re-centred: its standardized mean reflects the shift"""
        rng = np.random.default_rng(5)
        X_train = rng.normal(size=(200, 2))
        X_test = X_train[:50] + 10.0
        mean, scale = fit_standardizer(X_train)
        got = apply_standardizer(X_test, mean, scale)
        expected = (X_train[:50] + 10.0 - X_train.mean(axis=0)) / X_train.std(axis=0)
        check_close(got, expected, ATOL, RTOL, "standardized shifted test set")

    def test_empty_test_set(self):
        """Applying to zero rows returns an array of shape (0, d)"""
        mean, scale = fit_standardizer(np.array([[1.0, 2.0], [3.0, 5.0]]))
        got = apply_standardizer(np.zeros((0, 2)), mean, scale)
        check_shape(got, (0, 2), "standardized empty matrix")

    def test_inputs_not_modified(self):
        """X, mean and scale are left unchanged"""
        X = np.array([[1.0, 4.0], [3.0, 4.0], [8.0, 4.0]])
        X_before = X.copy()
        mean, scale = fit_standardizer(X)
        check_close(X, X_before, 0, 0, "X after fit_standardizer")
        mean_before, scale_before = mean.copy(), scale.copy()
        apply_standardizer(X, mean, scale)
        check_close(X, X_before, 0, 0, "X after apply_standardizer")
        check_close(mean, mean_before, 0, 0, "mean after apply_standardizer")
        check_close(scale, scale_before, 0, 0, "scale after apply_standardizer")


class GapTests(unittest.TestCase):
    def test_large_column_means(self):
        """Columns with means near 1e6 and spread near 1 give accurate scales"""
        rng = np.random.default_rng(12)
        X = rng.normal(size=(60, 3)) * np.array([1.0, 0.3, 2.0]) + np.array([1e6, -4e6, 2.5e6])
        Xc = X.copy()
        mean, scale = fit_standardizer(X)
        m = Xc.mean(axis=0)
        check_close(scale, np.sqrt(((Xc - m) ** 2).mean(axis=0)), 1e-8, 1e-7, "scale of columns with means near 1e6")


if __name__ == "__main__":
    unittest.main()
