import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import truncated_svd

ATOL, RTOL = 1e-8, 1e-6


def _expected(X, k):
    # numpy's SVD (allowed in tests), then the statement's sign convention.
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    U, s, Vt = U[:, :k], s[:k], Vt[:k]
    for i in range(k):
        if Vt[i, np.argmax(np.abs(Vt[i]))] < 0:
            Vt[i] *= -1
            U[:, i] *= -1
    return U, s, Vt


class HiddenTests(unittest.TestCase):
    def test_random_matrices(self):
        """Random tall and wide matrices: U, s and Vt match with the sign convention"""
        rng = np.random.default_rng(6)
        for trial in range(6):
            n, d = int(rng.integers(2, 40)), int(rng.integers(2, 40))
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, size=d)
            k = int(rng.integers(1, min(n, d) + 1))
            eU, es, eVt = _expected(X, k)
            U, s, Vt = truncated_svd(X, k)
            check_shape(Vt, (k, X.shape[1]), "Vt (trial %d)" % trial)
            check_close(s, es, ATOL, RTOL, "s (trial %d, %dx%d, k=%d)" % (trial, n, d, k))
            check_close(Vt, eVt, 1e-6, 1e-6, "Vt (trial %d)" % trial)
            check_close(U, eU, 1e-6, 1e-6, "U (trial %d)" % trial)

    def test_not_centred(self):
        """A matrix with a large common offset: the first component carries the mean direction"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(30, 4)) + np.array([10.0, 20.0, 0.0, 5.0])
        eU, es, eVt = _expected(X, 2)
        U, s, Vt = truncated_svd(X, 2)
        check_close(s, es, ATOL, RTOL, "s of an uncentred matrix")
        check_close(Vt, eVt, 1e-6, 1e-6, "Vt of an uncentred matrix")

    def test_best_rank_k_error(self):
        """The rank-k reconstruction error equals the sum of the discarded squared singular values"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(20, 10))
        U, s, Vt = truncated_svd(X, 4)
        approx = np.asarray(U) @ np.diag(s) @ np.asarray(Vt)
        rest = np.linalg.svd(X, compute_uv=False)[4:]
        check_close(np.sum((X - approx) ** 2), np.sum(rest ** 2), 1e-7, 1e-7, "squared reconstruction error")
        check_close(np.asarray(U).T @ np.asarray(U), np.eye(4), ATOL, RTOL, "U^T U")
        check_close(np.asarray(Vt) @ np.asarray(Vt).T, np.eye(4), ATOL, RTOL, "Vt Vt^T")

    def test_sign_convention_with_negative_data(self):
        """A matrix whose dominant direction is negative: Vt's largest entry is still positive"""
        X = -np.array([[5.0, 1.0], [4.0, 0.5], [6.0, 1.5]])
        U, s, Vt = truncated_svd(X, 1)
        Vt = np.asarray(Vt)
        check(Vt[0, np.argmax(np.abs(Vt[0]))] > 0, "the largest-magnitude entry of Vt[0] must be positive", "> 0", Vt[0])
        check_close(np.asarray(U)[:, 0] * s[0], X @ Vt[0], ATOL, RTOL, "X @ Vt[0] = s[0] * U[:, 0]")

    def test_lists_and_input_not_modified(self):
        """Integer lists are accepted; X is left unchanged"""
        U, s, Vt = truncated_svd([[3, 0], [0, 4], [0, 0]], 1)
        check(isinstance(s, np.ndarray) and s.dtype == np.float64, "s must be float64", "float64", getattr(s, "dtype", type(s)))
        check_close(s, [4.0], ATOL, RTOL, "s from integer lists")
        X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
        X0 = X.copy()
        truncated_svd(X, 2)
        check_equal(X, X0, "X after the call")

    def test_invalid_input_raises(self):
        """Bad X and bad k raise ValueError"""
        X = np.ones((3, 2))
        cases = [
            ("1-D X", lambda: truncated_svd(np.ones(3), 1)),
            ("a nan in X", lambda: truncated_svd(np.array([[1.0, np.nan], [0.0, 1.0]]), 1)),
            ("k = 0", lambda: truncated_svd(X, 0)),
            ("k = 3 for a 3x2 matrix", lambda: truncated_svd(X, 3)),
            ("k = 1.5", lambda: truncated_svd(X, 1.5)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
