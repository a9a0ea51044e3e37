import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import accumulate_gradients

ATOL, RTOL = 1e-12, 1e-9


def _mse_grad_fn(w, b, calls):
    def grad_fn(Xb, yb):
        Xb, yb = np.asarray(Xb, dtype=float), np.asarray(yb, dtype=float)
        calls.append(len(Xb))
        r = Xb @ w + b - yb
        return float(np.mean(r ** 2)), {"w": 2 * Xb.T @ r / len(Xb), "b": np.array([2 * np.mean(r)])}
    return grad_fn


def _full(X, y, w, b):
    r = X @ w + b - y
    return float(np.mean(r ** 2)), 2 * X.T @ r / len(X), np.array([2 * np.mean(r)])


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Three samples in micro-batches of 2 and 1 give the whole-batch loss and gradient"""
        X, y = np.array([[1.0], [2.0], [3.0]]), np.array([0.0, 0.0, 6.0])
        calls = []
        loss, grads = accumulate_gradients(_mse_grad_fn(np.array([1.0]), 0.0, calls), X, y, 2)
        check_close(loss, 14.0 / 3.0, ATOL, RTOL, "loss")
        check_close(grads["w"], [-8.0 / 3.0], ATOL, RTOL, "grads['w']")
        check_equal(calls, [2, 1], "micro-batch sizes passed to grad_fn")

    def test_even_split(self):
        """Eight samples in micro-batches of 4 match the full batch"""
        rng = np.random.default_rng(0)
        X, y = rng.normal(size=(8, 3)), rng.normal(size=8)
        w, b = rng.normal(size=3), 0.5
        loss, grads = accumulate_gradients(_mse_grad_fn(w, b, []), X, y, 4)
        fl, fw, fb = _full(X, y, w, b)
        check_close(loss, fl, ATOL, RTOL, "loss")
        check_close(grads["w"], fw, ATOL, RTOL, "grads['w']")
        check_close(grads["b"], fb, ATOL, RTOL, "grads['b']")

    def test_uneven_split(self):
        """Ten samples in micro-batches of 4 (4, 4, 2) match the full batch"""
        rng = np.random.default_rng(1)
        X, y = rng.normal(size=(10, 2)), rng.normal(size=10) * 5
        w, b = rng.normal(size=2), -1.0
        calls = []
        loss, grads = accumulate_gradients(_mse_grad_fn(w, b, calls), X, y, 4)
        fl, fw, fb = _full(X, y, w, b)
        check_close(loss, fl, ATOL, RTOL, "loss")
        check_close(grads["w"], fw, ATOL, RTOL, "grads['w']")
        check(isinstance(loss, float), "loss must be a Python float", "float", type(loss).__name__)
        check_equal(calls, [4, 4, 2], "micro-batch sizes passed to grad_fn")


if __name__ == "__main__":
    unittest.main()
