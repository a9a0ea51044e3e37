import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_logistic_regression, predict_proba

ATOL, RTOL = 1e-10, 1e-8


def _slow_fit(X, y, lr, n_iters):
    """The README's update rule with explicit Python loops and math.exp."""
    n, d = len(X), len(X[0])
    w, b = [0.0] * d, 0.0
    for _ in range(n_iters):
        err = []
        for i in range(n):
            z = sum(X[i][j] * w[j] for j in range(d)) + b
            err.append(1.0 / (1.0 + math.exp(-z)) - y[i])
        gw = [sum(err[i] * X[i][j] for i in range(n)) / n for j in range(d)]
        gb = sum(err) / n
        w = [w[j] - lr * gw[j] for j in range(d)]
        b = b - lr * gb
    return w, b


class HiddenTests(unittest.TestCase):
    def test_exact_iterates_random_data(self):
        """After 25 steps on random 3-feature data, w and b match a step-by-step loop"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(10, 3))
        y = (rng.uniform(size=10) < 0.5).astype(int)
        w_exp, b_exp = _slow_fit(X.tolist(), y.tolist(), 0.3, 25)
        w, b = fit_logistic_regression(X, y, lr=0.3, n_iters=25)
        check_close(w, w_exp, ATOL, RTOL, "w after 25 steps")
        check_close(b, b_exp, ATOL, RTOL, "b after 25 steps")

    def test_zero_iterations(self):
        """n_iters=0 returns zeros, and predict_proba at zero weights is 0.5"""
        X = np.arange(6.0).reshape(3, 2)
        w, b = fit_logistic_regression(X, np.array([0, 1, 1]), lr=0.1, n_iters=0)
        check_shape(w, (2,), "w")
        check_close(w, [0.0, 0.0], 0, 0, "w")
        check_close(b, 0.0, 0, 0, "b")
        check_close(predict_proba(X, w, b), [0.5, 0.5, 0.5], 0, 0, "probabilities at zero weights")

    def test_converges_to_stationary_point(self):
        """On overlapping classes, many steps drive the mean log-loss gradient to ~0"""
        rng = np.random.default_rng(1)
        X = np.vstack([rng.normal(-0.5, 1.0, size=(60, 2)), rng.normal(0.5, 1.0, size=(60, 2))])
        y = np.r_[np.zeros(60), np.ones(60)]
        w, b = fit_logistic_regression(X, y, lr=1.0, n_iters=3000)
        err = 1.0 / (1.0 + np.exp(-(X @ np.asarray(w) + b))) - y
        check_close(X.T @ err / 120, [0.0, 0.0], 1e-6, 0, "gradient w.r.t. w at the solution")
        check_close(err.mean(), 0.0, 1e-6, 0, "gradient w.r.t. b at the solution")

    def test_intercept_only_learns_base_rate(self):
        """With an all-zero feature, sigmoid(b) approaches the fraction of positives"""
        X = np.zeros((10, 1))
        y = np.array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
        w, b = fit_logistic_regression(X, y, lr=1.0, n_iters=2000)
        check_close(w, [0.0], 0, 0, "w")
        check_close(1.0 / (1.0 + math.exp(-b)), 0.3, 1e-8, 0, "sigmoid(b)")

    def test_symmetric_data_zero_bias(self):
        """Data symmetric about the origin with mirrored labels keeps b at 0"""
        X = np.array([[1.0, 2.0], [2.0, -1.0], [0.5, 0.5], [-1.0, -2.0], [-2.0, 1.0], [-0.5, -0.5]])
        y = np.array([1, 1, 0, 0, 0, 1])
        w, b = fit_logistic_regression(X, y, lr=0.2, n_iters=50)
        check_close(b, 0.0, 1e-12, 0, "b")

    def test_separable_data_classified(self):
        """Linearly separable data ends up with every point on the correct side"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(40, 2))
        y = (X[:, 0] - X[:, 1] > 0.2).astype(int)
        w, b = fit_logistic_regression(X, y, lr=0.5, n_iters=3000)
        p = predict_proba(X, w, b)
        check(np.all((p > 0.5) == (y == 1)), "all training points should be classified correctly", y, (p > 0.5).astype(int))

    def test_predict_proba_huge_scores(self):
        """Scores of +-1e4 give probabilities 1 and 0 without nan"""
        got = predict_proba(np.array([[1e4], [-1e4], [0.0]]), np.array([1.0]), 0.0)
        check_close(got, [1.0, 0.0, 0.5], 1e-15, 0, "probabilities")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 5.0], [0.0, 1.0]])
        y = np.array([1.0, 0.0, 1.0])
        X0, y0 = X.copy(), y.copy()
        fit_logistic_regression(X, y, lr=0.1, n_iters=5)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")


class GapTests(unittest.TestCase):
    def test_fit_with_scores_beyond_710(self):
        """Features near 800 make the first scores exceed 710 in size: the fit stays finite"""
        X = np.array([[-800.0], [-790.0], [790.0], [800.0]])
        y = np.array([0, 0, 1, 1])
        w, b = fit_logistic_regression(X, y, lr=1.0, n_iters=3)
        check(np.all(np.isfinite(np.asarray(w, dtype=float))) and np.isfinite(float(b)), "w and b must stay finite", "finite", (w, b))
        # Step 1 from zero: p = 0.5 everywhere, grad_w = (-400 - 395 - 395 - 400) / 4 = -397.5, grad_b = 0.
        # Every later score has |z| >= 790 * 397.5, so p equals y exactly and the gradients vanish.
        check_close(w, [397.5], 1e-10, 1e-8, "w after 3 iterations")
        check_close(b, 0.0, 1e-10, 1e-8, "b after 3 iterations")


if __name__ == "__main__":
    unittest.main()
