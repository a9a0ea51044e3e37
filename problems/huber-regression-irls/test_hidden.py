import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import fit_huber

KKT_TOL = 1e-7


def check_optimal(X, y, delta, w, b, what):
    # Zero-gradient conditions of the Huber objective, from the test's own copy of the data.
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    psi = np.clip(y - X @ np.asarray(w, dtype=np.float64) - b, -delta, delta)
    check(abs(psi.mean()) <= KKT_TOL, "%s: mean of psi(residuals) must be 0 (intercept optimal)" % what, 0.0, psi.mean())
    g = (X - X.mean(axis=0)).T @ psi / len(y)
    check(np.all(np.abs(g) <= KKT_TOL), "%s: (X - mean(X)).T @ psi(residuals) / n must be 0" % what, np.zeros_like(g), g)


class HiddenTests(unittest.TestCase):
    def test_known_outlier_set(self):
        """Gross outliers: the fit solves the linear system implied by its outlier set exactly"""
        rng = np.random.default_rng(12)
        n, d, delta = 40, 2, 1.0
        X = rng.uniform(-3, 3, size=(n, d))
        y = X @ np.array([1.5, -0.5]) + 2.0 + rng.uniform(-0.2, 0.2, size=n)
        out = np.array([3, 17, 25, 31])
        signs = np.array([1.0, -1.0, 1.0, 1.0])
        y[out] += signs * 50.0
        A = np.hstack([X, np.ones((n, 1))])
        inl = np.setdiff1d(np.arange(n), out)
        # Stationarity with psi = r on the inliers and psi = delta * sign on the outliers.
        beta = np.linalg.solve(A[inl].T @ A[inl], A[inl].T @ y[inl] + delta * A[out].T @ signs)
        r = y - A @ beta
        assert np.all(np.abs(r[inl]) < delta) and np.all(signs * r[out] > delta)  # the assumed outlier set holds
        w, b = fit_huber(X, y, delta=delta)
        check_close(w, beta[:2], 1e-7, 0, "w with four gross outliers")
        check_close(b, beta[2], 1e-7, 0, "b with four gross outliers")

    def test_optimality_randomized(self):
        """Random designs, noise and deltas (including small ones): zero-gradient conditions hold"""
        rng = np.random.default_rng(6)
        for trial in range(6):
            n, d = int(rng.integers(10, 60)), int(rng.integers(1, 5))
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, size=d)
            y = X @ rng.normal(size=d) + rng.standard_cauchy(size=n)
            delta = float(rng.choice([0.1, 0.5, 1.345, 3.0]))
            w, b = fit_huber(X, y, delta=delta)
            check_shape(w, (d,), "w (trial %d)" % trial)
            check_optimal(X, y, delta, w, b, "trial %d (delta=%g)" % (trial, delta))

    def test_equivariance(self):
        """Adding X @ v + c to y adds v to w and c to b"""
        rng = np.random.default_rng(8)
        X = rng.normal(size=(50, 3))
        y = rng.standard_t(2, size=50)
        v, c = np.array([3.0, -1.0, 0.25]), 7.5
        w0, b0 = fit_huber(X, y, delta=0.8)
        w1, b1 = fit_huber(X, y + X @ v + c, delta=0.8)
        check_close(w1, np.asarray(w0) + v, 1e-7, 0, "w after adding X @ v to y")
        check_close(b1, b0 + c, 1e-7, 0, "b after adding a constant to y")

    def test_large_feature_means(self):
        """Shifting the features by about 1e6 leaves w unchanged and moves b by -shift @ w"""
        rng = np.random.default_rng(10)
        X = rng.normal(size=(60, 2))
        y = X @ np.array([2.0, -1.0]) + rng.standard_t(2, size=60)
        shift = np.array([1e6, -3e5])
        w0, b0 = fit_huber(X, y, delta=1.0)
        w1, b1 = fit_huber(X + shift, y, delta=1.0)
        check_close(w1, w0, 1e-6, 0, "w after shifting the features by 1e6")
        check_close(b1, b0 - shift @ np.asarray(w0), 1e-3, 1e-9, "b after shifting the features by 1e6")

    def test_exact_fit_has_zero_residuals(self):
        """Data exactly on a plane: the fit is that plane, finite, with no division by zero"""
        X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0], [4.0, 5.0]])
        y = X @ np.array([3.0, -2.0]) - 1.0
        w, b = fit_huber(X, y, delta=0.5)
        check(np.all(np.isfinite(w)) and np.isfinite(b), "w and b must be finite", "finite", (w, b))
        check_close(w, [3.0, -2.0], 1e-7, 0, "w for data on a plane")
        check_close(b, -1.0, 1e-7, 0, "b for data on a plane")

    def test_lists_and_integers(self):
        """Integer lists are accepted; w is float64 and b a float"""
        w, b = fit_huber([[0], [1], [2], [3], [4], [5]], [1, 3, 5, 7, 9, 40], 1)
        check(isinstance(w, np.ndarray) and w.dtype == np.float64, "w must be a float64 numpy array", "float64 ndarray",
              type(w).__name__ + ":" + str(getattr(w, "dtype", None)))
        check(isinstance(b, float), "b must be a Python float", "float", type(b).__name__)
        check_close(w, [2.3], 1e-7, 0, "w from integer lists")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(20, 2))
        y = rng.standard_cauchy(size=20)
        X_before, y_before = X.copy(), y.copy()
        fit_huber(X, y, delta=1.0)
        check_equal(X, X_before, "X after the call")
        check_equal(y, y_before, "y after the call")

    def test_invalid_arguments_raise(self):
        """delta <= 0 and wrong shapes raise ValueError"""
        X, y = np.arange(8.0).reshape(4, 2) ** 2, np.arange(4.0)
        cases = [
            ("delta = 0", lambda: fit_huber(X, y, delta=0.0)),
            ("delta = -1", lambda: fit_huber(X, y, delta=-1.0)),
            ("1-D X", lambda: fit_huber(np.arange(4.0), y)),
            ("y of length 3", lambda: fit_huber(X, np.arange(3.0))),
            ("y of shape (4, 1)", lambda: fit_huber(X, y.reshape(4, 1))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="fit_huber with %s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
