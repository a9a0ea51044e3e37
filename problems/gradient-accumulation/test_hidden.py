import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import accumulate_gradients

ATOL, RTOL = 1e-12, 1e-9


def _mse_grad_fn(w, b, calls):
    def grad_fn(Xb, yb):
        Xb, yb = np.asarray(Xb, dtype=float), np.asarray(yb, dtype=float)
        calls.append((len(Xb), Xb.copy()))
        r = Xb @ w + b - yb
        return float(np.mean(r ** 2)), {"w": 2 * Xb.T @ r / len(Xb), "b": np.array([2 * np.mean(r)])}
    return grad_fn


def _full(X, y, w, b):
    r = X @ w + b - y
    return float(np.mean(r ** 2)), 2 * X.T @ r / len(X), np.array([2 * np.mean(r)])


class _BufferReusingModel:
    """Like a framework: returns the same gradient arrays on every call, overwritten in place."""

    def __init__(self, w):
        self.w = w
        self.gw = np.zeros_like(w)
        self.gb = np.zeros(1)

    def __call__(self, Xb, yb):
        r = Xb @ self.w - yb
        self.gw[...] = 2 * Xb.T @ r / len(Xb)
        self.gb[...] = 2 * np.mean(r)
        return float(np.mean(r ** 2)), {"w": self.gw, "b": self.gb}


class HiddenTests(unittest.TestCase):
    def test_small_last_micro_batch(self):
        """Seven samples in micro-batches of 3 (3, 3, 1): the single-sample batch gets weight 1/7"""
        rng = np.random.default_rng(2)
        X, y = rng.normal(size=(7, 2)), rng.normal(size=7) * 10
        w = rng.normal(size=2)
        loss, grads = accumulate_gradients(_mse_grad_fn(w, 0.0, []), X, y, 3)
        fl, fw, fb = _full(X, y, w, 0.0)
        check_close(loss, fl, ATOL, RTOL, "loss")
        check_close(grads["w"], fw, ATOL, RTOL, "grads['w']")
        check_close(grads["b"], fb, ATOL, RTOL, "grads['b']")

    def test_samples_in_order_each_once(self):
        """grad_fn sees consecutive slices in order, every sample exactly once, never more than the limit"""
        X, y = np.arange(22.0).reshape(11, 2), np.zeros(11)
        calls = []
        accumulate_gradients(_mse_grad_fn(np.zeros(2), 0.0, calls), X, y, 4)
        check_equal([n for n, _ in calls], [4, 4, 3], "micro-batch sizes")
        check_close(np.vstack([xb for _, xb in calls]), X, 0, 0, "the samples seen, in order")

    def test_reused_gradient_buffers(self):
        """A grad_fn that overwrites the same arrays each call still gives the full-batch gradient"""
        rng = np.random.default_rng(3)
        X, y = rng.normal(size=(9, 3)), rng.normal(size=9)
        w = rng.normal(size=3)
        loss, grads = accumulate_gradients(_BufferReusingModel(w), X, y, 2)
        fl, fw, fb = _full(X, y, w, 0.0)
        check_close(grads["w"], fw, ATOL, RTOL, "grads['w'] with reused buffers")
        check_close(grads["b"], fb, ATOL, RTOL, "grads['b'] with reused buffers")
        check_close(loss, fl, ATOL, RTOL, "loss with reused buffers")

    def test_micro_batch_larger_than_batch(self):
        """micro_batch_size larger than N: one call with everything"""
        rng = np.random.default_rng(4)
        X, y = rng.normal(size=(3, 2)), rng.normal(size=3)
        w = rng.normal(size=2)
        calls = []
        loss, grads = accumulate_gradients(_mse_grad_fn(w, 1.0, calls), X, y, 100)
        check_equal([n for n, _ in calls], [3], "micro-batch sizes")
        check_close(grads["w"], _full(X, y, w, 1.0)[1], ATOL, RTOL, "grads['w']")

    def test_micro_batch_of_one(self):
        """micro_batch_size = 1 averages the per-sample gradients"""
        rng = np.random.default_rng(5)
        X, y = rng.normal(size=(5, 2)), rng.normal(size=5)
        w = rng.normal(size=2)
        loss, grads = accumulate_gradients(_mse_grad_fn(w, 0.0, []), X.tolist(), y.tolist(), 1)
        fl, fw, _ = _full(X, y, w, 0.0)
        check_close(loss, fl, ATOL, RTOL, "loss from lists")
        check_close(grads["w"], fw, ATOL, RTOL, "grads['w'] from lists")
        check(np.asarray(grads["w"]).dtype == np.float64, "grads must be float64", "float64", np.asarray(grads["w"]).dtype)

    def test_float32_gradients_come_back_float64(self):
        """A grad_fn that returns float32 arrays still gives float64 gradients"""
        X = np.arange(10.0).reshape(5, 2) / 7.0
        y = np.array([0.3, -1.0, 2.0, 0.5, 1.5])
        w = np.array([0.25, -0.5])

        def fn32(Xb, yb):
            r = Xb @ w - yb
            return float(np.mean(r ** 2)), {"w": (2 * Xb.T @ r / len(Xb)).astype(np.float32)}

        loss, grads = accumulate_gradients(fn32, X, y, 2)
        check(np.asarray(grads["w"]).dtype == np.float64, "grads['w'] must be float64", "float64", np.asarray(grads["w"]).dtype)
        parts = [(fn32(X[s:s + 2], y[s:s + 2])[1]["w"].astype(np.float64), min(s + 2, 5) - s) for s in range(0, 5, 2)]
        expected = sum(g * n for g, n in parts) / 5
        check_close(grads["w"], expected, 1e-12, 1e-9, "float32 micro-batch gradients accumulated in float64")

    def test_invalid_arguments(self):
        """A zero, negative, fractional or float micro_batch_size, an empty batch, or mismatched lengths raise ValueError"""
        fn = _mse_grad_fn(np.zeros(1), 0.0, [])
        X, y = np.ones((3, 1)), np.ones(3)
        for mb, why in ((0, "micro_batch_size=0"), (-2, "micro_batch_size=-2"), (1.5, "micro_batch_size=1.5"), (2.0, "micro_batch_size=2.0 (a float)"), (True, "micro_batch_size=True")):
            with self.assertRaises(ValueError, msg=why):
                accumulate_gradients(fn, X, y, mb)
        with self.assertRaises(ValueError, msg="an empty batch"):
            accumulate_gradients(fn, np.ones((0, 1)), np.ones(0), 2)
        with self.assertRaises(ValueError, msg="3 samples with 2 targets"):
            accumulate_gradients(fn, X, np.ones(2), 2)


if __name__ == "__main__":
    unittest.main()
