import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_lasso

KKT_TOL = 1e-7


def check_kkt(X, y, alpha, w, b):
    """Optimality of (1/(2n))||y - Xw - b||^2 + alpha*||w||_1, with tolerance KKT_TOL."""
    w = np.asarray(w, dtype=float)
    n = X.shape[0]
    r = y - X @ w - b
    check_close(r.sum() / n, 0.0, KKT_TOL, 0, "mean residual (intercept condition)")
    g = X.T @ r / n
    for j in range(X.shape[1]):
        if abs(w[j]) > 1e-8:
            check_close(g[j], alpha * np.sign(w[j]), KKT_TOL, 0, "x_j . r / n for active coefficient %d" % j)
        else:
            check(abs(g[j]) <= alpha + KKT_TOL, "|x_j . r / n| must not exceed alpha for zero coefficient %d" % j, "<= %g" % alpha, float(g[j]))


def _objective(X, y, alpha, w, b):
    r = y - X @ w - b
    return r @ r / (2 * len(y)) + alpha * np.abs(w).sum()


def _ista(X, y, alpha, iters=20000):
    """Proximal gradient on the centred problem: an independent solver."""
    n = len(y)
    xm, ym = X.mean(axis=0), y.mean()
    Xc, yc = X - xm, y - ym
    step = 1.0 / np.linalg.eigvalsh(Xc.T @ Xc / n).max()
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        v = w - step * (Xc.T @ (Xc @ w - yc) / n)
        w = np.sign(v) * np.maximum(np.abs(v) - step * alpha, 0.0)
    return w, ym - xm @ w


class HiddenTests(unittest.TestCase):
    def test_orthogonal_columns_with_different_scales(self):
        """Orthogonal columns of different lengths: w_j = S(x_j . y / n, alpha) / (||x_j||^2 / n)"""
        X = np.array([[2.0, 0.5], [-2.0, 0.5], [2.0, -0.5], [-2.0, -0.5]])
        y = np.array([3.0, 1.0, 2.0, -2.0])  # x_1 . y / 4 = 3.0, x_2 . y / 4 = 0.5; ||x||^2/4 = 4, 0.25
        w, b = fit_lasso(X, y, 0.2)
        check_close(w, [(3.0 - 0.2) / 4.0, (0.5 - 0.2) / 0.25], 1e-9, 0, "w")
        check_close(b, 1.0, 1e-9, 0, "b")

    def test_sparse_truth_recovered_exactly_zero(self):
        """Irrelevant features get coefficients of exactly 0 and the rest satisfy the KKT conditions"""
        rng = np.random.default_rng(7)
        X = rng.normal(size=(120, 8)) * [1, 2, 0.5, 1, 3, 1, 1, 0.2]
        y = X @ np.array([1.5, 0, 0, -2.0, 0, 0, 0.8, 0]) + 0.05 * rng.normal(size=120) - 3.0
        w, b = fit_lasso(X, y, 0.05)
        w = np.asarray(w)
        check(np.all(w[[1, 2, 4, 5, 7]] == 0.0), "coefficients of irrelevant features must be exactly 0", [0.0] * 5, w[[1, 2, 4, 5, 7]])
        check(np.all(w[[0, 3, 6]] != 0.0), "relevant features must stay active", "non-zero", w[[0, 3, 6]])
        check_kkt(X, y, 0.05, w, b)

    def test_matches_independent_solver(self):
        """The solution and its objective match a proximal-gradient solver"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(40, 5)) + [0.0, 1.0, -2.0, 0.5, 3.0]
        X[:, 2] += 0.5 * X[:, 3]
        y = rng.normal(size=40) + X @ np.array([0.5, -1.0, 0.0, 1.0, 0.2])
        alpha = 0.15
        w_exp, b_exp = _ista(X, y, alpha)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_alpha = copy.deepcopy(alpha)
        w, b = fit_lasso(X, y, alpha)
        check_close(w, w_exp, 1e-6, 0, "w")
        check_close(b, b_exp, 1e-6, 0, "b")
        check_close(_objective(_orig_X, _orig_y, _orig_alpha, np.asarray(w), b), _objective(_orig_X, _orig_y, _orig_alpha, w_exp, b_exp), 1e-10, 1e-9, "objective")

    def test_alpha_zero_is_least_squares(self):
        """alpha = 0 converges to ordinary least squares"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(50, 3))
        y = rng.normal(size=50)
        theta, *_ = np.linalg.lstsq(np.hstack([X, np.ones((50, 1))]), y, rcond=None)
        w, b = fit_lasso(X, y, 0.0)
        check_close(w, theta[:3], 1e-7, 0, "w")
        check_close(b, theta[3], 1e-7, 0, "b")

    def test_intercept_not_penalized(self):
        """Adding 500 to y leaves w unchanged and adds 500 to b"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(60, 4))
        y = X @ np.array([1.0, -1.0, 0.0, 0.3]) + rng.normal(size=60)
        w1, b1 = fit_lasso(X, y, 0.2)
        w2, b2 = fit_lasso(X, y + 500.0, 0.2)
        check_close(w2, w1, 1e-7, 0, "w after shifting y")
        check_close(b2, b1 + 500.0, 1e-7, 0, "b after shifting y")

    def test_constant_column(self):
        """A constant feature gets weight 0 and causes no nan"""
        rng = np.random.default_rng(6)
        X = np.hstack([rng.normal(size=(25, 2)), np.full((25, 1), 4.0)])
        y = X[:, 0] - 2 * X[:, 1] + 1.0
        w, b = fit_lasso(X, y, 0.01)
        check_shape(w, (3,), "w")
        check(np.all(np.isfinite(w)) and np.isfinite(b), "w and b must be finite", "finite", (w, b))
        check_close(np.asarray(w)[2], 0.0, 0, 0, "weight of the constant feature")
        check_kkt(X, y, 0.01, w, b)

    def test_kkt_several_alphas(self):
        """Across several alphas on strongly correlated features, the KKT conditions hold"""
        rng = np.random.default_rng(8)
        base = rng.normal(size=(70, 1))
        X = base + 0.3 * rng.normal(size=(70, 5))
        X[:, 4] *= 10.0
        y = 3.0 * base[:, 0] + rng.normal(size=70)
        for alpha in (0.01, 0.3, 1.0):
            w, b = fit_lasso(X, y, alpha)
            check_kkt(X, y, alpha, w, b)

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 5.0], [0.0, 1.0], [2.0, 2.0]])
        y = np.array([1.0, 0.0, 2.0, 1.0])
        X0, y0 = X.copy(), y.copy()
        fit_lasso(X, y, 0.1)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
