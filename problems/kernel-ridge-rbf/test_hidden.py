import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import kernel_ridge, rbf_kernel

ATOL, RTOL = 1e-9, 1e-7


def _loop_kernel(A, B, gamma):
    # Differences taken coordinate by coordinate in Python floats: exact for nearby points.
    A = np.asarray(A, dtype=np.float64).tolist()
    B = np.asarray(B, dtype=np.float64).tolist()
    return [[math.exp(-gamma * sum((p - q) ** 2 for p, q in zip(a, b))) for b in B] for a in A]


class HiddenTests(unittest.TestCase):
    def test_kernel_matches_loops(self):
        """Random point sets and gammas: every kernel entry matches a double loop"""
        rng = np.random.default_rng(7)
        for trial in range(5):
            n, m, d = int(rng.integers(1, 9)), int(rng.integers(1, 9)), int(rng.integers(1, 5))
            A, B = rng.normal(size=(n, d)) * 2, rng.normal(size=(m, d)) * 2
            gamma = float(rng.uniform(0.05, 2.0))
            got = rbf_kernel(A, B, gamma)
            check_shape(got, (n, m), "rbf_kernel shape (trial %d)" % trial)
            check_close(got, _loop_kernel(A, B, gamma), ATOL, RTOL, "rbf_kernel (trial %d)" % trial)

    def test_kernel_with_large_coordinates(self):
        """Points near 1e6 that are about 1 apart: the kernel keeps full accuracy"""
        rng = np.random.default_rng(11)
        offset = np.array([1e6, -2e6, 5e5])
        A = offset + rng.normal(size=(6, 3))
        B = offset + rng.normal(size=(5, 3))
        expected = _loop_kernel(A, B, 0.7)
        check_close(rbf_kernel(A, B, 0.7), expected, ATOL, RTOL, "rbf_kernel of points near 1e6")
        coef, pred = kernel_ridge(A, np.arange(6.0), B, lam=0.3, gamma=0.7)
        K = np.array(_loop_kernel(A, A, 0.7))
        exp_coef = np.linalg.solve(K + 0.3 * np.eye(6), np.arange(6.0))
        check_close(coef, exp_coef, ATOL, RTOL, "dual_coef for points near 1e6")
        check_close(pred, np.array(expected).T @ exp_coef, ATOL, RTOL, "y_pred for points near 1e6")

    def test_kernel_in_unit_interval(self):
        """Duplicated points: entries stay within [0, 1] and the diagonal is 1"""
        rng = np.random.default_rng(5)
        A = rng.normal(size=(8, 4)) * 30
        A = np.vstack([A, A])
        K = np.asarray(rbf_kernel(A, A, 0.01))
        check(np.all(K <= 1.0) and np.all(K >= 0.0), "every kernel entry must lie in [0, 1]", "[0, 1]", (K.min(), K.max()))
        check_close(np.diag(K), np.ones(16), 1e-12, 0, "diagonal of K(A, A)")
        check_close(K[:8, 8:], K[:8, :8], ATOL, RTOL, "kernel against a duplicate of the same points")

    def test_ridge_matches_linear_solve(self):
        """Random regression problems: dual_coef and y_pred match an independent solve"""
        rng = np.random.default_rng(3)
        for trial in range(4):
            n, m, d = int(rng.integers(3, 20)), int(rng.integers(1, 10)), int(rng.integers(1, 4))
            X, Xt = rng.normal(size=(n, d)), rng.normal(size=(m, d))
            y = rng.normal(size=n)
            lam, gamma = float(rng.uniform(0.05, 1.0)), float(rng.uniform(0.1, 1.5))
            K = np.array(_loop_kernel(X, X, gamma))
            exp_coef = np.linalg.solve(K + lam * np.eye(n), y)
            exp_pred = np.array(_loop_kernel(Xt, X, gamma)) @ exp_coef
            coef, pred = kernel_ridge(X, y, Xt, lam, gamma)
            check_shape(pred, (m,), "y_pred shape (trial %d)" % trial)
            check_close(coef, exp_coef, ATOL, RTOL, "dual_coef (trial %d)" % trial)
            check_close(pred, exp_pred, ATOL, RTOL, "y_pred (trial %d)" % trial)

    def test_far_apart_points(self):
        """Very large gamma: K is the identity, dual_coef = y / (1 + lam), far test points predict 0"""
        X = np.array([[0.0, 0.0], [5.0, 0.0], [0.0, 5.0]])
        y = np.array([2.0, -4.0, 6.0])
        coef, pred = kernel_ridge(X, y, np.array([[100.0, 100.0], [5.0, 0.0]]), lam=1.0, gamma=50.0)
        check_close(coef, y / 2.0, ATOL, RTOL, "dual_coef when K is the identity")
        check_close(pred, [0.0, -2.0], ATOL, RTOL, "y_pred far away and at a training point")

    def test_lists_and_integers(self):
        """Integer lists are accepted and give float64 arrays"""
        coef, pred = kernel_ridge([[0], [1], [3]], [1, 2, 3], [[2]], 1, 1)
        for name, v in (("dual_coef", coef), ("y_pred", pred)):
            check(isinstance(v, np.ndarray) and v.dtype == np.float64, "%s must be a float64 numpy array" % name,
                  "float64 ndarray", type(v).__name__ + ":" + str(getattr(v, "dtype", None)))
        K = rbf_kernel([[0], [1]], [[0], [2]], 1)
        check(isinstance(K, np.ndarray) and K.dtype == np.float64, "rbf_kernel must return float64", "float64", getattr(K, "dtype", type(K)))
        check_close(K, [[1.0, math.exp(-4)], [math.exp(-1), math.exp(-1)]], ATOL, RTOL, "rbf_kernel of integer lists")

    def test_inputs_not_modified(self):
        """X_train, y_train and X_test are left unchanged"""
        rng = np.random.default_rng(9)
        X, y, Xt = rng.normal(size=(6, 2)) + 10, rng.normal(size=6), rng.normal(size=(3, 2)) + 10
        copies = [X.copy(), y.copy(), Xt.copy()]
        kernel_ridge(X, y, Xt, 0.5, 0.5)
        rbf_kernel(X, Xt, 0.5)
        for name, a, b in zip(("X_train", "y_train", "X_test"), (X, y, Xt), copies):
            check_equal(a, b, "%s after the call" % name)

    def test_invalid_arguments_raise(self):
        """Non-positive gamma or lam, 1-D matrices and mismatched shapes raise ValueError"""
        X, y, Xt = np.zeros((3, 2)), np.zeros(3), np.zeros((2, 2))
        cases = [
            ("gamma = 0", lambda: kernel_ridge(X, y, Xt, 1.0, 0.0)),
            # distinct points, so K alone is invertible and only the lam check can refuse lam = 0
            ("lam = 0 with distinct points", lambda: kernel_ridge(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 3.0]]), y, Xt, 0.0, 1.0)),
            ("lam = -1", lambda: kernel_ridge(X, y, Xt, -1.0, 1.0)),
            ("X_test with 3 columns", lambda: kernel_ridge(X, y, np.zeros((2, 3)), 1.0, 1.0)),
            ("y_train of length 2", lambda: kernel_ridge(X, np.zeros(2), Xt, 1.0, 1.0)),
            ("y_train of shape (3, 1)", lambda: kernel_ridge(X, np.zeros((3, 1)), Xt, 1.0, 1.0)),
            ("1-D X_train", lambda: kernel_ridge(np.zeros(3), y, Xt, 1.0, 1.0)),
            ("rbf_kernel with gamma = -1", lambda: rbf_kernel(X, Xt, -1.0)),
            ("rbf_kernel with 1-D A", lambda: rbf_kernel(np.zeros(2), Xt, 1.0)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
