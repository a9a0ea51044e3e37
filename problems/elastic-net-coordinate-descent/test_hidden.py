import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import fit_elastic_net

KKT_TOL = 1e-7


def check_kkt(X, y, alpha, l1_ratio, w, b, what):
    # Optimality conditions of the elastic-net objective, computed from the test's own copy of the data.
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    n = X.shape[0]
    r = y - X @ w - b
    check(abs(r.mean()) <= KKT_TOL, "%s: the residuals must have mean 0 (intercept optimal)" % what, 0.0, r.mean())
    g = (X - X.mean(axis=0)).T @ r / n
    for j in range(X.shape[1]):
        if abs(w[j]) > 1e-8:
            lhs = g[j] - alpha * (1 - l1_ratio) * w[j]
            check(abs(lhs - alpha * l1_ratio * np.sign(w[j])) <= KKT_TOL,
                  "%s: coefficient %d is non-zero, so g_j - alpha*(1-l1_ratio)*w_j must equal alpha*l1_ratio*sign(w_j)" % (what, j),
                  alpha * l1_ratio * np.sign(w[j]), lhs)
        else:
            check(abs(g[j]) <= alpha * l1_ratio + KKT_TOL,
                  "%s: coefficient %d is zero, so |g_j| must be at most alpha*l1_ratio = %g" % (what, j, alpha * l1_ratio),
                  "<= %g" % (alpha * l1_ratio), g[j])


def _orthogonal_design(rng, n, d):
    # Centred, mutually orthogonal columns with different norms.
    A = rng.normal(size=(n, d))
    A -= A.mean(axis=0)
    Q, _ = np.linalg.qr(A)
    return Q * rng.uniform(2.0, 6.0, size=d) + rng.uniform(-3, 3, size=d)


class HiddenTests(unittest.TestCase):
    def test_orthogonal_closed_form(self):
        """Orthogonal centred columns: w_j = S(x_j.y/n, alpha*l1_ratio) / (z_j + alpha*(1-l1_ratio))"""
        rng = np.random.default_rng(21)
        for trial, (alpha, l1_ratio) in enumerate([(0.05, 0.5), (0.2, 0.9), (0.5, 0.2), (0.1, 1.0)]):
            n, d = 30, 6
            X = _orthogonal_design(rng, n, d)
            y = rng.normal(size=n) * 3 + 1
            Xc, yc = X - X.mean(axis=0), y - y.mean()
            rho = Xc.T @ yc / n
            z = (Xc ** 2).sum(axis=0) / n
            t = alpha * l1_ratio
            expected = np.sign(rho) * np.maximum(np.abs(rho) - t, 0.0) / (z + alpha * (1 - l1_ratio))
            w, b = fit_elastic_net(X, y, alpha, l1_ratio)
            check_close(w, expected, 1e-8, 0, "w (trial %d, alpha=%g, l1_ratio=%g)" % (trial, alpha, l1_ratio))
            check_close(b, y.mean() - X.mean(axis=0) @ expected, 1e-8, 0, "b (trial %d)" % trial)
            zero = expected == 0.0
            check(np.all(np.asarray(w)[zero] == 0.0), "coefficients thresholded to zero must be exactly 0.0 (trial %d)" % trial,
                  np.zeros(int(zero.sum())), np.asarray(w)[zero])

    def test_kkt_randomized(self):
        """Random correlated designs and penalties: the optimality conditions hold"""
        rng = np.random.default_rng(8)
        for trial in range(6):
            n, d = int(rng.integers(15, 50)), int(rng.integers(2, 8))
            X = rng.normal(size=(n, d)) @ rng.normal(size=(d, d)) + rng.uniform(-5, 5, size=d)
            y = X @ (rng.normal(size=d) * (rng.random(d) < 0.6)) + rng.normal(size=n)
            alpha, l1_ratio = float(rng.uniform(0.01, 1.0)), float(rng.choice([0.1, 0.5, 0.8, 1.0]))
            w, b = fit_elastic_net(X, y, alpha, l1_ratio)
            check_shape(w, (d,), "w (trial %d)" % trial)
            check_kkt(X, y, alpha, l1_ratio, w, b, "trial %d (alpha=%.3f, l1_ratio=%g)" % (trial, alpha, l1_ratio))

    def test_large_penalty_gives_exact_zeros(self):
        """alpha*l1_ratio at or above max|Xc'yc|/n: every coefficient exactly 0 and b = mean(y)"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(25, 4))
        y = rng.normal(size=25) + 7
        Xc, yc = X - X.mean(axis=0), y - y.mean()
        l1_ratio = 0.4
        alpha = np.max(np.abs(Xc.T @ yc)) / 25 / l1_ratio * 1.01
        w, b = fit_elastic_net(X, y, alpha, l1_ratio)
        check_equal(np.asarray(w), np.zeros(4), "w for a penalty above the threshold")
        check_close(b, y.mean(), 1e-10, 0, "b when every coefficient is zero")

    def test_constant_column_gets_zero(self):
        """A constant feature gets coefficient exactly 0.0 and the others still satisfy KKT"""
        rng = np.random.default_rng(13)
        X = rng.normal(size=(30, 3))
        X[:, 1] = 4.0
        y = X[:, 0] * 2 - X[:, 2] + rng.normal(size=30) * 0.1
        w, b = fit_elastic_net(X, y, 0.1, 0.5)
        check(np.asarray(w)[1] == 0.0, "the constant column must get exactly 0.0", 0.0, np.asarray(w)[1])
        check_kkt(X, y, 0.1, 0.5, w, b, "data with a constant column")

    def test_constant_column_with_an_inexact_mean(self):
        """A constant column of 0.1s (its float mean is not exactly 0.1) gets exactly 0.0, for ridge and for alpha = 0"""
        rng = np.random.default_rng(14)
        X = rng.normal(size=(30, 3))
        X[:, 1] = 0.1
        y = X[:, 0] * 2 - X[:, 2] + rng.normal(size=30) * 0.1
        for alpha, l1_ratio in ((0.1, 0.0), (0.0, 0.5), (0.05, 1e-9)):
            w, b = fit_elastic_net(X, y, alpha, l1_ratio)
            check(np.asarray(w)[1] == 0.0, "the constant 0.1 column must get exactly 0.0 (alpha=%g, l1_ratio=%g)" % (alpha, l1_ratio),
                  0.0, np.asarray(w)[1])
            check_kkt(X, y, alpha, l1_ratio, w, b, "a constant 0.1 column, alpha=%g, l1_ratio=%g" % (alpha, l1_ratio))

    def test_large_feature_means(self):
        """Shifting the features by 1e6 leaves w unchanged and moves b by -shift @ w"""
        rng = np.random.default_rng(31)
        X = rng.normal(size=(40, 3))
        y = X @ np.array([1.0, -2.0, 0.3]) + rng.normal(size=40) * 0.5
        shift = np.array([1e6, -2e6, 5e5])
        w0, b0 = fit_elastic_net(X, y, 0.2, 0.7)
        w1, b1 = fit_elastic_net(X + shift, y, 0.2, 0.7)
        check_close(w1, w0, 1e-6, 0, "w after shifting the features by 1e6")
        check_close(b1, b0 - shift @ np.asarray(w0), 1e-3, 1e-9, "b after shifting the features by 1e6")

    def test_lists_and_integers_give_float64(self):
        """Integer lists are accepted; w is float64 and b a float"""
        X = [[1, 2], [2, 0], [3, 5], [4, 1], [5, 3]]
        y = [3, 2, 9, 5, 8]
        w, b = fit_elastic_net(X, y, 0.1, 0.5)
        check(isinstance(w, np.ndarray) and w.dtype == np.float64, "w must be a float64 numpy array", "float64 ndarray",
              type(w).__name__ + ":" + str(getattr(w, "dtype", None)))
        check(isinstance(b, float), "b must be a Python float", "float", type(b).__name__)
        check_kkt(X, y, 0.1, 0.5, w, b, "integer list input")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(20, 3)) + 3
        y = rng.normal(size=20) + 1
        X_before, y_before = X.copy(), y.copy()
        fit_elastic_net(X, y, 0.3, 0.5)
        check_equal(X, X_before, "X after the call")
        check_equal(y, y_before, "y after the call")

    def test_invalid_arguments_raise(self):
        """Bad shapes, negative alpha and l1_ratio outside [0, 1] raise ValueError"""
        X = np.ones((4, 2)) * np.arange(4)[:, None]
        y = np.arange(4.0)
        cases = [
            ("1-D X", lambda: fit_elastic_net(np.arange(4.0), y, 0.1, 0.5)),
            ("y of the wrong length", lambda: fit_elastic_net(X, np.arange(3.0), 0.1, 0.5)),
            ("2-D y", lambda: fit_elastic_net(X, y.reshape(4, 1), 0.1, 0.5)),
            ("alpha = -0.1", lambda: fit_elastic_net(X, y, -0.1, 0.5)),
            ("l1_ratio = 1.5", lambda: fit_elastic_net(X, y, 0.1, 1.5)),
            ("l1_ratio = -0.2", lambda: fit_elastic_net(X, y, 0.1, -0.2)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="fit_elastic_net with %s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
