import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_linear_regression_gd

ATOL, RTOL = 1e-9, 1e-7


def _slow_gd(X, y, lr, epochs):
    """The README's update rule written with explicit Python loops."""
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        r = [sum(X[i][j] * w[j] for j in range(d)) + b - y[i] for i in range(n)]
        gw = [2.0 / n * sum(r[i] * X[i][j] for i in range(n)) for j in range(d)]
        gb = 2.0 / n * sum(r)
        w = [w[j] - lr * gw[j] for j in range(d)]
        b = b - lr * gb
    return w, b


class HiddenTests(unittest.TestCase):
    def test_zero_epochs(self):
        """epochs=0 returns the zero initialization with the right shape"""
        w, b = fit_linear_regression_gd(np.ones((4, 3)), np.arange(4.0), lr=0.1, epochs=0)
        check_shape(w, (3,), "w")
        check_close(w, [0.0, 0.0, 0.0], 0, 0, "w")
        check_close(b, 0.0, 0, 0, "b")

    def test_exact_iterates_random_data(self):
        """After 37 epochs on random 2-feature data, w and b match a step-by-step loop"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(12, 2))
        y = rng.normal(size=12) + 1.0
        w_exp, b_exp = _slow_gd(X.tolist(), y.tolist(), 0.03, 37)
        w, b = fit_linear_regression_gd(X, y, lr=0.03, epochs=37)
        check_close(w, w_exp, ATOL, RTOL, "w after 37 epochs")
        check_close(b, b_exp, ATOL, RTOL, "b after 37 epochs")

    def test_bias_only_problem(self):
        """With an all-zero feature, b follows b_t = c * (1 - (1 - 2 lr)^t) toward the mean c"""
        X = np.zeros((5, 1))
        y = np.full(5, 4.0)
        w, b = fit_linear_regression_gd(X, y, lr=0.1, epochs=10)
        check_close(w, [0.0], 0, 0, "w")
        check_close(b, 4.0 * (1 - 0.8 ** 10), ATOL, RTOL, "b after 10 epochs")

    def test_loss_decreases(self):
        """With a small learning rate the MSE goes down as epochs increase"""
        rng = np.random.default_rng(9)
        X = rng.normal(size=(30, 4))
        y = rng.normal(size=30)
        losses = []
        for epochs in (0, 1, 5, 20, 100):
            w, b = fit_linear_regression_gd(X, y, lr=0.01, epochs=epochs)
            losses.append(float(np.mean((X @ np.asarray(w) + b - y) ** 2)))
        check(all(a > c for a, c in zip(losses, losses[1:])), "MSE should strictly decrease", "decreasing", losses)

    def test_converges_with_offset_target(self):
        """A single feature with a large intercept converges to the OLS line"""
        x = np.linspace(-1, 1, 21)
        y = 3.0 * x + 100.0
        w, b = fit_linear_regression_gd(x[:, None], y, lr=0.2, epochs=600)
        check_close(w, [3.0], 1e-6, 0, "w")
        check_close(b, 100.0, 1e-6, 0, "b")

    def test_many_samples_learning_rate_is_per_mean(self):
        """With n = 1000 and lr = 0.1 the first step still matches the mean gradient"""
        rng = np.random.default_rng(11)
        X = rng.normal(size=(1000, 2))
        y = rng.normal(size=1000)
        w, b = fit_linear_regression_gd(X, y, lr=0.1, epochs=1)
        check_close(w, 0.1 * 2.0 / 1000 * (X.T @ y), ATOL, RTOL, "w after 1 epoch")
        check_close(b, 0.1 * 2.0 * y.mean(), ATOL, RTOL, "b after 1 epoch")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
        y = np.array([1.0, 0.0, 2.0])
        X0, y0 = X.copy(), y.copy()
        fit_linear_regression_gd(X, y, lr=0.01, epochs=5)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")

    def test_integer_inputs(self):
        """Integer arrays are accepted and give the same answer as floats"""
        X = np.array([[1], [2], [3]])
        y = np.array([2, 4, 6])
        w, b = fit_linear_regression_gd(X, y, lr=0.1, epochs=1)
        check_close(w, [28 / 15], ATOL, RTOL, "w after 1 epoch")
        check_close(b, 4 / 5, ATOL, RTOL, "b after 1 epoch")


if __name__ == "__main__":
    unittest.main()
