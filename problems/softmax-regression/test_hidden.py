import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_softmax_regression, predict_proba

ATOL, RTOL = 1e-10, 1e-8


def _slow_fit(X, y, K, lr, n_iters, l2):
    """The README's update rule with explicit Python loops."""
    n, d = len(X), len(X[0])
    W = [[0.0] * K for _ in range(d)]
    b = [0.0] * K
    for _ in range(n_iters):
        E = []
        for i in range(n):
            z = [sum(X[i][j] * W[j][k] for j in range(d)) + b[k] for k in range(K)]
            m = max(z)
            e = [math.exp(v - m) for v in z]
            s = sum(e)
            E.append([e[k] / s - (1.0 if y[i] == k else 0.0) for k in range(K)])
        gW = [[sum(X[i][j] * E[i][k] for i in range(n)) / n + l2 * W[j][k] for k in range(K)] for j in range(d)]
        gb = [sum(E[i][k] for i in range(n)) / n for k in range(K)]
        W = [[W[j][k] - lr * gW[j][k] for k in range(K)] for j in range(d)]
        b = [b[k] - lr * gb[k] for k in range(K)]
    return W, b


def _three_blobs(seed, n_per=30):
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
    X = np.vstack([c + rng.normal(scale=1.0, size=(n_per, 2)) for c in centers])
    y = np.repeat(np.arange(3), n_per)
    return X, y


class HiddenTests(unittest.TestCase):
    def test_exact_iterates_random_data(self):
        """After 20 steps (4 classes, l2=0.05) W and b match a step-by-step loop"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(12, 3))
        y = rng.integers(0, 4, size=12)
        W_exp, b_exp = _slow_fit(X.tolist(), y.tolist(), 4, 0.4, 20, 0.05)
        W, b = fit_softmax_regression(X, y, 4, lr=0.4, n_iters=20, l2=0.05)
        check_close(W, W_exp, ATOL, RTOL, "W after 20 steps")
        check_close(b, b_exp, ATOL, RTOL, "b after 20 steps")

    def test_zero_iterations_uniform(self):
        """n_iters=0 gives zeros and uniform probabilities 1/K"""
        X = np.arange(8.0).reshape(4, 2)
        W, b = fit_softmax_regression(X, np.array([0, 1, 2, 4]), 5, lr=0.1, n_iters=0)
        check_shape(W, (2, 5), "W")
        check_shape(b, (5,), "b")
        check_close(W, np.zeros((2, 5)), 0, 0, "W")
        check_close(predict_proba(X, W, b), np.full((4, 5), 0.2), 1e-15, 0, "probabilities at zero weights")

    def test_sum_over_classes_stays_zero(self):
        """From zero init, b and every row of W keep summing to 0 across classes"""
        X, y = _three_blobs(1)
        W, b = fit_softmax_regression(X, y, 3, lr=0.5, n_iters=100, l2=0.01)
        check_close(np.asarray(W).sum(axis=1), [0.0, 0.0], 1e-10, 0, "row sums of W")
        check_close(np.asarray(b).sum(), 0.0, 1e-10, 0, "sum of b")

    def test_converges_to_stationary_point_with_l2(self):
        """With l2 > 0, many steps drive the full gradient (data term + l2 * W) to ~0"""
        X, y = _three_blobs(2)
        l2 = 0.1
        W, b = fit_softmax_regression(X, y, 3, lr=0.5, n_iters=3000, l2=l2)
        W, b = np.asarray(W), np.asarray(b)
        logits = X @ W + b
        P = np.exp(logits - logits.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        E = P - np.eye(3)[y]
        check_close(X.T @ E / len(y) + l2 * W, np.zeros((2, 3)), 1e-7, 0, "gradient w.r.t. W")
        check_close(E.mean(axis=0), np.zeros(3), 1e-7, 0, "gradient w.r.t. b")

    def test_two_classes_match_logistic_regression(self):
        """With K=2, W[:,1]-W[:,0] and b[1]-b[0] follow logistic-regression GD with twice the learning rate"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(30, 2))
        y = (X[:, 0] + 0.5 * rng.normal(size=30) > 0).astype(int)
        W, b = fit_softmax_regression(X, y, 2, lr=0.3, n_iters=40)
        v, c = np.zeros(2), 0.0
        for _ in range(40):
            p = 1.0 / (1.0 + np.exp(-(X @ v + c)))
            v, c = v - 0.6 * X.T @ (p - y) / 30, c - 0.6 * np.mean(p - y)
        W, b = np.asarray(W), np.asarray(b)
        check_close(W[:, 1] - W[:, 0], v, 1e-10, 1e-8, "W[:,1] - W[:,0]")
        check_close(b[1] - b[0], c, 1e-10, 1e-8, "b[1] - b[0]")

    def test_unseen_class_gets_low_probability(self):
        """A class with no training examples gets little probability and the lowest bias"""
        X, y = _three_blobs(4, n_per=10)
        W, b = fit_softmax_regression(X, y, 4, lr=0.5, n_iters=200)
        P = predict_proba(X, W, b)
        check_shape(P, (30, 4), "probabilities")
        mean_p = P.mean(axis=0)
        check(mean_p[3] < 0.05, "class 3 (never seen) should get an average probability below 0.05", "< 0.05", mean_p)
        check(np.argmin(np.asarray(b)) == 3, "class 3 should have the smallest bias", "argmin(b) = 3", b)

    def test_fits_separated_blobs(self):
        """Well-separated blobs are classified with at least 95% training accuracy"""
        X, y = _three_blobs(5)
        X = X * 2.0
        W, b = fit_softmax_regression(X, y, 3, lr=0.2, n_iters=500)
        acc = float(np.mean(np.argmax(predict_proba(X, W, b), axis=1) == y))
        check(acc >= 0.95, "training accuracy should be at least 0.95", ">= 0.95", acc)

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 5.0], [0.0, 1.0]])
        y = np.array([2, 0, 1])
        X0, y0 = X.copy(), y.copy()
        fit_softmax_regression(X, y, 3, lr=0.1, n_iters=5, l2=0.1)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
