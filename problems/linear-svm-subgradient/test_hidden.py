import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_linear_svm, svm_objective

ATOL, RTOL = 1e-10, 1e-8


def _slow_fit(X, y, lam, lr, n_iters):
    """The README's update rule with plain Python loops."""
    n, d = len(X), len(X[0])
    w, b = [0.0] * d, 0.0
    for _ in range(n_iters):
        active = [i for i in range(n) if y[i] * (sum(X[i][j] * w[j] for j in range(d)) + b) < 1.0]
        gw = [lam * w[j] - sum(y[i] * X[i][j] for i in active) / n for j in range(d)]
        gb = -sum(y[i] for i in active) / n
        w = [w[j] - lr * gw[j] for j in range(d)]
        b = b - lr * gb
    return w, b


def _slow_objective(X, y, w, b, lam):
    hinge = [max(0.0, 1.0 - yi * (sum(a * c for a, c in zip(xi, w)) + b)) for xi, yi in zip(X, y)]
    return 0.5 * lam * sum(c * c for c in w) + sum(hinge) / len(hinge)


class HiddenTests(unittest.TestCase):
    def test_first_step_from_zero(self):
        """At zero every point is active: w = lr * mean(y_i x_i), b = lr * mean(y)"""
        X = np.array([[1.0, 2.0], [3.0, -1.0], [-2.0, 0.5]])
        y = np.array([1, 1, -1])
        w, b = fit_linear_svm(X, y, lam=0.3, lr=0.2, n_iters=1)
        check_close(w, 0.2 * (y[:, None] * X).mean(axis=0), ATOL, RTOL, "w after 1 step")
        check_close(b, 0.2 * y.mean(), ATOL, RTOL, "b after 1 step")

    def test_exact_iterates_random_data(self):
        """After 30 steps on random data, w and b match a step-by-step loop"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(20, 3))
        y = np.where(X[:, 0] + 0.5 * rng.normal(size=20) > 0, 1, -1)
        w_exp, b_exp = _slow_fit(X.tolist(), y.tolist(), 0.1, 0.3, 30)
        w, b = fit_linear_svm(X, y, lam=0.1, lr=0.3, n_iters=30)
        check_close(w, w_exp, ATOL, RTOL, "w after 30 steps")
        check_close(b, b_exp, ATOL, RTOL, "b after 30 steps")

    def test_objective_random(self):
        """svm_objective matches the formula on random inputs"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(15, 4))
        y = np.where(rng.uniform(size=15) < 0.5, -1, 1)
        w = rng.normal(size=4)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_w = copy.deepcopy(w)
        got = svm_objective(X, y, w, 0.7, 0.25)
        check_close(got, _slow_objective(_orig_X.tolist(), _orig_y.tolist(), _orig_w.tolist(), 0.7, 0.25), 1e-12, 1e-10, "objective")

    def test_objective_only_regularizer_when_margins_large(self):
        """When every margin is at least 1 the objective is just (lam/2)||w||^2"""
        X = np.array([[3.0, 0.0], [-3.0, 1.0]])
        y = np.array([1, -1])
        got = svm_objective(X, y, np.array([1.0, 0.0]), 0.0, 0.5)
        check_close(got, 0.25, 1e-12, 1e-12, "objective")
        check_close(svm_objective(X, y, np.zeros(2), 0.0, 0.5), 1.0, 1e-12, 1e-12, "objective at w = 0")

    def test_zero_iterations(self):
        """n_iters=0 returns the zero initialization"""
        w, b = fit_linear_svm(np.ones((3, 2)), np.array([1, -1, 1]), n_iters=0)
        check_shape(w, (2,), "w")
        check_close(w, [0.0, 0.0], 0, 0, "w")
        check_close(b, 0.0, 0, 0, "b")

    def test_separable_data_learned(self):
        """On separable data with an offset boundary, training classifies every point and lowers the objective"""
        rng = np.random.default_rng(2)
        X = rng.uniform(-3, 3, size=(80, 2))
        score = 2 * X[:, 0] - X[:, 1] + 1.0
        keep = np.abs(score) > 1.0
        X, y = X[keep], np.where(score[keep] > 0, 1, -1)
        w, b = fit_linear_svm(X, y, lam=0.001, lr=0.1, n_iters=3000)
        margins = y * (X @ np.asarray(w) + b)
        check(np.all(margins > 0), "every point must be on the correct side", "all margins > 0", margins.min())
        check(svm_objective(X, y, w, b, 0.001) < 0.1, "objective should drop well below its initial value 1", "< 0.1", svm_objective(X, y, w, b, 0.001))

    def test_strong_regularization_keeps_w_small(self):
        """With lam = 10 the weights stay small: ||w|| <= 1/lam * max||x||"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(30, 3))
        y = np.where(rng.uniform(size=30) < 0.5, -1, 1)
        w, b = fit_linear_svm(X, y, lam=10.0, lr=0.05, n_iters=500)
        bound = np.linalg.norm(X, axis=1).max() / 10.0
        check(np.linalg.norm(w) <= bound + 1e-9, "||w|| must not exceed max||x|| / lam", "<= %.4f" % bound, float(np.linalg.norm(w)))

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, -5.0], [0.0, 1.0]])
        y = np.array([1, -1, 1])
        X0, y0 = X.copy(), y.copy()
        fit_linear_svm(X, y, lam=0.1, lr=0.1, n_iters=5)
        svm_objective(X, y, np.array([0.5, 0.5]), 0.1, 0.1)
        check_close(X, X0, 0, 0, "X after the calls")
        check_close(y, y0, 0, 0, "y after the calls")


if __name__ == "__main__":
    unittest.main()
