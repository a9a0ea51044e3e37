import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import gp_posterior


def _dense(X, y, Xs, ell, sf, sn):
    # Straight from the formulas with np.linalg.solve and slogdet; differences taken pairwise.
    def k(A, B):
        D = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
        return sf * np.exp(-D / (2 * ell * ell))
    A = k(X, X) + sn * np.eye(len(X))
    Ks = k(X, Xs)
    mean = Ks.T @ np.linalg.solve(A, y)
    cov = k(Xs, Xs) - Ks.T @ np.linalg.solve(A, Ks)
    sign, logdet = np.linalg.slogdet(A)
    lml = -0.5 * y @ np.linalg.solve(A, y) - 0.5 * logdet - 0.5 * len(X) * math.log(2 * math.pi)
    return mean, cov, lml


class HiddenTests(unittest.TestCase):
    def test_randomized_multidimensional(self):
        """Random 1-3 dimensional problems and hyperparameters match the dense formulas"""
        rng = np.random.default_rng(21)
        for trial in range(5):
            n, m, d = int(rng.integers(1, 25)), int(rng.integers(1, 8)), int(rng.integers(1, 4))
            X, Xs = rng.normal(size=(n, d)) * 2, rng.normal(size=(m, d)) * 2
            y = rng.normal(size=n)
            ell, sf, sn = float(rng.uniform(0.3, 2)), float(rng.uniform(0.5, 3)), float(rng.uniform(0.01, 0.5))
            mean, cov, lml = gp_posterior(X, y, Xs, ell, sf, sn)
            em, ec, el = _dense(X, y, Xs, ell, sf, sn)
            check_close(mean, em, 1e-8, 1e-6, "mean (trial %d)" % trial)
            check_close(cov, ec, 1e-8, 1e-6, "cov (trial %d)" % trial)
            check_close(lml, el, 1e-6, 1e-9, "log marginal likelihood (trial %d)" % trial)

    def test_tiny_determinant(self):
        """100 close points with small noise: |A| underflows float64, yet the log marginal likelihood is finite and exact"""
        rng = np.random.default_rng(3)
        X = np.sort(rng.uniform(0, 10, size=(100, 1)), axis=0)
        y = np.sin(X[:, 0]) + 0.01 * rng.normal(size=100)
        Xs = np.array([[2.5], [7.5]])
        mean, cov, lml = gp_posterior(X, y, Xs, 1.0, 1.0, 1e-4)
        em, ec, el = _dense(X, y, Xs, 1.0, 1.0, 1e-4)
        check(math.isfinite(lml), "the log marginal likelihood must be finite", "finite", lml)
        check_close(lml, el, 1e-6, 1e-9, "log marginal likelihood with 100 points")
        check_close(mean, em, 1e-8, 1e-6, "mean with 100 points")

    def test_large_coordinates(self):
        """Inputs near 1e6 give the same posterior as the same points shifted to the origin"""
        rng = np.random.default_rng(8)
        offset = np.array([1e6, -5e5])
        X = offset + rng.normal(size=(10, 2))
        Xs = offset + rng.normal(size=(4, 2))
        y = rng.normal(size=10)
        mean, cov, lml = gp_posterior(X, y, Xs, 0.7, 1.0, 0.05)
        em, ec, el = _dense(X - offset, y, Xs - offset, 0.7, 1.0, 0.05)
        check_close(mean, em, 1e-8, 1e-6, "mean near 1e6")
        check_close(cov, ec, 1e-8, 1e-6, "cov near 1e6")
        check_close(lml, el, 1e-6, 1e-9, "log marginal likelihood near 1e6")

    def test_covariance_is_a_covariance(self):
        """cov is symmetric with a non-negative diagonal, and excludes the observation noise"""
        rng = np.random.default_rng(5)
        X = rng.uniform(-2, 2, size=(15, 1))
        y = rng.normal(size=15)
        mean, cov, _ = gp_posterior(X, y, X, 1.0, 1.0, 0.3)
        cov = np.asarray(cov)
        check_close(cov, cov.T, 0, 0, "cov compared with its transpose")
        check(np.all(np.diag(cov) >= -1e-12), "posterior variances must be non-negative", ">= 0", np.diag(cov))
        _, ec, _ = _dense(X, y, X, 1.0, 1.0, 0.3)
        check_close(np.diag(cov), np.diag(ec), 1e-8, 1e-6, "posterior variances at the training inputs (noise-free f)")

    def test_lists_and_integers(self):
        """Integer lists are accepted; mean and cov are float64 arrays and the likelihood a float"""
        mean, cov, lml = gp_posterior([[0], [1], [3]], [1, 0, 2], [[2]], 1, 1, 1)
        check(isinstance(mean, np.ndarray) and mean.dtype == np.float64, "mean must be float64", "float64", getattr(mean, "dtype", type(mean)))
        check(isinstance(cov, np.ndarray) and cov.dtype == np.float64, "cov must be float64", "float64", getattr(cov, "dtype", type(cov)))
        check(isinstance(lml, float), "the log marginal likelihood must be a float", "float", type(lml).__name__)
        em, ec, el = _dense(np.array([[0.0], [1.0], [3.0]]), np.array([1.0, 0.0, 2.0]), np.array([[2.0]]), 1.0, 1.0, 1.0)
        check_close(mean, em, 1e-8, 1e-6, "mean from integer lists")

    def test_inputs_not_modified(self):
        """X_train, y_train and X_test are left unchanged"""
        X, y, Xs = np.array([[0.0], [1.0]]) + 1e3, np.array([1.0, 2.0]), np.array([[0.5]]) + 1e3
        copies = (X.copy(), y.copy(), Xs.copy())
        gp_posterior(X, y, Xs, 1.0, 1.0, 0.1)
        for name, a, b in zip(("X_train", "y_train", "X_test"), (X, y, Xs), copies):
            check_equal(a, b, "%s after the call" % name)

    def test_invalid_input_raises(self):
        """Bad shapes, non-finite values and non-positive hyperparameters raise ValueError"""
        X, y, Xs = np.zeros((2, 1)), np.zeros(2), np.zeros((1, 1))
        X[1] = 1.0
        cases = [
            ("1-D X_train", lambda: gp_posterior(np.zeros(2), y, Xs)),
            ("X_test with 2 columns", lambda: gp_posterior(X, y, np.zeros((1, 2)))),
            ("y_train of length 3", lambda: gp_posterior(X, np.zeros(3), Xs)),
            ("a nan in y_train", lambda: gp_posterior(X, np.array([0.0, np.nan]), Xs)),
            ("length_scale = 0", lambda: gp_posterior(X, y, Xs, length_scale=0.0)),
            ("signal_var = -1", lambda: gp_posterior(X, y, Xs, signal_var=-1.0)),
            ("noise_var = 0", lambda: gp_posterior(X, y, Xs, noise_var=0.0)),
            ("noise_var = inf", lambda: gp_posterior(X, y, Xs, noise_var=float("inf"))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
