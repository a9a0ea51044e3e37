import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import apply_zca, fit_zca

ATOL, RTOL = 1e-8, 1e-6


def _cov(X):
    # Two-pass population covariance computed with loops over columns.
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    Xc = X - X.sum(axis=0) / n
    return np.array([[np.dot(Xc[:, a], Xc[:, b]) / n for b in range(d)] for a in range(d)])


class HiddenTests(unittest.TestCase):
    def test_w_squared_is_regularised_inverse(self):
        """Random data and eps: W is symmetric, positive definite and W @ W (C + eps I) = I"""
        rng = np.random.default_rng(11)
        for trial in range(5):
            n, d = int(rng.integers(3, 40)), int(rng.integers(1, 6))
            X = rng.normal(size=(n, d)) @ rng.normal(size=(d, d)) + rng.uniform(-5, 5, size=d)
            eps = float(rng.choice([1e-3, 0.1, 1.0]))
            mean, W = fit_zca(X, eps)
            W = np.asarray(W)
            C = _cov(X)
            check_close(W, W.T, 1e-10, 0, "W compared with its transpose (trial %d)" % trial)
            check(np.all(np.linalg.eigvalsh((W + W.T) / 2) > 0), "W must be positive definite (trial %d)" % trial, "> 0", np.linalg.eigvalsh(W))
            check_close(W @ W @ (C + eps * np.eye(d)), np.eye(d), ATOL, RTOL, "W @ W @ (C + eps I) (trial %d)" % trial)

    def test_whitened_covariance_with_eps(self):
        """With eps > 0 the whitened covariance is C (C + eps I)^-1"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(30, 4)) * np.array([5.0, 1.0, 0.1, 0.01])
        mean, W = fit_zca(X, eps=0.01)
        Z = np.asarray(apply_zca(X, mean, W))
        C = _cov(X)
        check_close(Z.T @ Z / 30, C @ np.linalg.solve(C + 0.01 * np.eye(4), np.eye(4)), ATOL, RTOL, "covariance of data whitened with eps = 0.01")

    def test_large_means(self):
        """Features with means near 1e6 give the same W as the centred data"""
        rng = np.random.default_rng(7)
        X = rng.normal(size=(40, 3)) @ np.array([[1.0, 0.4, 0.0], [0.0, 1.0, 0.2], [0.0, 0.0, 0.5]])
        shift = np.array([1e6, -2e6, 3e5])
        _, W0 = fit_zca(X, eps=0.0)
        mean, W1 = fit_zca(X + shift, eps=0.0)
        check_close(W1, W0, ATOL, RTOL, "W for data shifted by about 1e6")
        check_close(mean, X.mean(axis=0) + shift, 1e-6, 1e-12, "mean of the shifted data")

    def test_apply_uses_given_statistics(self):
        """apply_zca centres with the given mean, not with the mean of its own rows"""
        mean = np.array([1.0, -1.0])
        W = np.array([[2.0, 0.0], [0.0, 0.5]])
        check_close(apply_zca([[3.0, 3.0], [1.0, -1.0]], mean, W), [[4.0, 2.0], [0.0, 0.0]], ATOL, RTOL, "apply_zca")

    def test_singular_covariance(self):
        """A duplicated column: eps = 0 raises ValueError, eps > 0 gives a finite W"""
        rng = np.random.default_rng(4)
        a = rng.normal(size=20)
        X = np.column_stack([a, a, rng.normal(size=20)])
        with self.assertRaises(ValueError, msg="eps = 0 with a duplicated column must raise ValueError"):
            fit_zca(X, eps=0.0)
        _, W = fit_zca(X, eps=1e-2)
        check(np.all(np.isfinite(W)), "W must be finite with eps > 0", "finite", W)
        check_close(np.asarray(W) @ np.asarray(W) @ (_cov(X) + 1e-2 * np.eye(3)), np.eye(3), ATOL, RTOL, "W @ W @ (C + eps I) with a duplicated column")

    def test_lists_and_inputs_not_modified(self):
        """Integer lists work; X, mean and W are left unchanged"""
        mean, W = fit_zca([[0, 0], [2, 0], [0, 4], [2, 4]], eps=0.0)
        check(isinstance(W, np.ndarray) and W.dtype == np.float64, "W must be float64", "float64", getattr(W, "dtype", type(W)))
        X = np.array([[1.0, 2.0], [3.0, 1.0], [0.0, 0.0]])
        X0 = X.copy()
        m, W = fit_zca(X)
        m0, W0 = np.array(m, copy=True), np.array(W, copy=True)
        apply_zca(X, m, W)
        check_equal(X, X0, "X after the calls")
        check_equal(np.asarray(m), m0, "mean after apply_zca")
        check_equal(np.asarray(W), W0, "W after apply_zca")

    def test_invalid_input_raises(self):
        """Bad shapes, non-finite values, eps < 0 and mismatched statistics raise ValueError"""
        X = np.array([[1.0, 2.0], [3.0, 1.0], [0.0, 5.0]])
        cases = [
            ("1-D X", lambda: fit_zca(np.arange(3.0))),
            ("an empty X", lambda: fit_zca(np.zeros((0, 2)))),
            ("a nan in X", lambda: fit_zca(np.array([[1.0, np.nan], [2.0, 3.0]]))),
            ("eps = -1", lambda: fit_zca(X, eps=-1.0)),
            ("mean of shape (3,)", lambda: apply_zca(X, np.zeros(3), np.eye(2))),
            ("W of shape (2, 3)", lambda: apply_zca(X, np.zeros(2), np.zeros((2, 3)))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
