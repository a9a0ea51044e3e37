import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import covariance_matrix

ATOL, RTOL = 1e-9, 1e-7


def _loop_cov(X):
    n, d = len(X), len(X[0])
    means = [sum(float(X[i][j]) for i in range(n)) / n for j in range(d)]
    return [[sum((float(X[i][a]) - means[a]) * (float(X[i][b]) - means[b]) for i in range(n)) / (n - 1)
             for b in range(d)] for a in range(d)]


class HiddenTests(unittest.TestCase):
    def test_randomized_against_loops(self):
        """Random matrices with offsets and scales match a triple loop with n - 1"""
        rng = np.random.default_rng(17)
        for trial in range(6):
            n, d = int(rng.integers(2, 25)), int(rng.integers(1, 6))
            X = rng.normal(size=(n, d)) * rng.uniform(0.1, 10, size=d) + rng.uniform(-100, 100, size=d)
            _orig_X = copy.deepcopy(X)
            got = covariance_matrix(X)
            check_shape(got, (d, d), "covariance shape (trial %d)" % trial)
            check_close(got, _loop_cov(_orig_X), ATOL, RTOL, "covariance (trial %d)" % trial)

    def test_mean_is_removed(self):
        """Adding a constant to every row leaves the covariance unchanged"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(30, 4))
        check_close(covariance_matrix(X + 1000.0), covariance_matrix(X), 1e-7, 1e-6, "covariance after shifting by 1000")

    def test_constant_column_has_zero_row(self):
        """A constant column has zero variance and zero covariance with the others"""
        X = np.array([[1.0, 7.0], [2.0, 7.0], [4.0, 7.0]])
        got = covariance_matrix(X)
        check_close(got, [[7 / 3, 0.0], [0.0, 0.0]], ATOL, RTOL, "covariance with a constant column")

    def test_more_variables_than_observations(self):
        """n=3, d=5 still returns a 5x5 symmetric matrix with the right entries"""
        rng = np.random.default_rng(12)
        X = rng.normal(size=(3, 5))
        _orig_X = copy.deepcopy(X)
        got = covariance_matrix(X)
        check_shape(got, (5, 5), "covariance of a 3x5 matrix")
        check_close(got, _loop_cov(_orig_X), ATOL, RTOL, "covariance of a 3x5 matrix")
        check_close(got, np.asarray(got).T, ATOL, RTOL, "covariance compared with its transpose")

    def test_single_observation_raises(self):
        """One observation raises ValueError"""
        check_raises(ValueError, covariance_matrix, np.array([[1.0, 2.0, 3.0]]))

    def test_positive_semidefinite(self):
        """The result is positive semi-definite: no eigenvalue below -1e-9"""
        rng = np.random.default_rng(30)
        X = rng.normal(size=(40, 6)) @ rng.normal(size=(6, 6))
        eig = np.linalg.eigvalsh(np.asarray(covariance_matrix(X)))
        check(np.all(eig > -1e-9), "eigenvalues must be non-negative", ">= -1e-9", eig)

    def test_input_not_modified(self):
        """X is left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 4.0]])
        before = X.copy()
        covariance_matrix(X)
        check_close(X, before, 0, 0, "X after the call")


class GapTests(unittest.TestCase):
    def test_large_means(self):
        """Columns with means near 1e6 and spread near 1 keep full accuracy"""
        rng = np.random.default_rng(21)
        X = rng.normal(size=(50, 3)) * np.array([1.0, 0.5, 2.0]) + np.array([1e6, -2e6, 3e6])
        Xc = X.copy()
        got = covariance_matrix(X)
        check_close(got, _loop_cov(Xc), 1e-7, 1e-7, "covariance of columns with means near 1e6")

    def test_one_dimensional_input_raises(self):
        """A 1-D X raises ValueError (it is ambiguous: one variable or one observation?)"""
        check_raises(ValueError, covariance_matrix, np.array([1.0, 2.0, 4.0]), what="covariance_matrix of a 1-D array")

    def test_integer_list_input(self):
        """A nested list of ints gives the float64 covariance"""
        got = covariance_matrix([[1, 2], [2, 1], [3, 6], [6, 3]])
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, [[14 / 3, 4 / 3], [4 / 3, 14 / 3]], ATOL, RTOL, "covariance of an integer list")


if __name__ == "__main__":
    unittest.main()
