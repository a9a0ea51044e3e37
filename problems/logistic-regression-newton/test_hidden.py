import math
import unittest
import warnings

import numpy as np

from mlreps_check import check, check_close
from solution import logistic_newton, predict_proba


def _gradient(X, y, w, b, l2):
    X, y = np.asarray(X, float), np.asarray(y, float)
    z = X @ np.asarray(w, float) + b
    p = 0.5 * (1 + np.tanh(z / 2))
    r = p - y
    return np.concatenate([X.T @ r + l2 * np.asarray(w, float), [r.sum()]])


def _data(rng, n, d, scale=1.0):
    X = rng.normal(size=(n, d)) * scale
    beta = rng.normal(size=d) / scale
    p = 1 / (1 + np.exp(-(X @ beta + rng.normal())))
    return X, (rng.random(n) < p).astype(int)


def _newton_step_sizes(X, y, l2, tol, limit=60):
    # Independent transcription of the README: full Newton steps from zero, stop when max |step| < tol.
    X, y = np.asarray(X, float), np.asarray(y, float)
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    pen = np.r_[np.full(d, l2), 0.0]
    sizes = []
    for _ in range(limit):
        p = 0.5 * (1 + np.tanh((A @ theta) / 2))
        g = A.T @ (p - y) + pen * theta
        H = A.T @ (A * (p * (1 - p))[:, None]) + np.diag(pen)
        step = np.linalg.solve(H, g)
        theta = theta - step
        sizes.append(float(np.max(np.abs(step))))
        if sizes[-1] < tol:
            break
    return sizes


class HiddenTests(unittest.TestCase):
    def test_step_count_and_max_iter_boundary(self):
        """n_iter counts every Newton step, the last included; max_iter one short raises ValueError"""
        for seed, l2 in ((0, 1.0), (3, 1.0), (4, 0.0), (4, 1.0)):
            rng = np.random.default_rng(seed)
            X, y = _data(rng, 80, 3)
            sizes = _newton_step_sizes(X, y, l2, 1e-10)
            # the data are chosen so that no step lies near tol: rounding cannot move the count
            check(sizes[-2] > 1e-8 and sizes[-1] < 1e-12, "test data: steps far from tol (seed %d)" % seed, "far", sizes[-2:])
            what = " (seed %d, l2=%g)" % (seed, l2)
            _, _, n_iter = logistic_newton(X, y, l2=l2, tol=1e-10)
            check(n_iter == len(sizes), "n_iter must count the Newton steps, the converging one included" + what, len(sizes), n_iter)
            _, _, n_iter = logistic_newton(X, y, l2=l2, tol=1e-10, max_iter=len(sizes))
            check(n_iter == len(sizes), "max_iter equal to the steps needed succeeds" + what, len(sizes), n_iter)
            with self.assertRaises(ValueError, msg="max_iter=%d, one short of the %d steps needed%s" % (len(sizes) - 1, len(sizes), what)):
                logistic_newton(X, y, l2=l2, tol=1e-10, max_iter=len(sizes) - 1)

    def test_random_problems_are_solved(self):
        """Random problems, with and without a penalty: gradient ~0 within 15 Newton steps"""
        rng = np.random.default_rng(33)
        for trial in range(8):
            n, d = int(rng.integers(30, 400)), int(rng.integers(1, 6))
            X, y = _data(rng, n, d)
            l2 = float(rng.choice([0.0, 0.1, 3.0]))
            w, b, n_iter = logistic_newton(X, y, l2=l2)
            g = _gradient(X, y, w, b, l2)
            what = " (trial %d, n=%d, d=%d, l2=%g)" % (trial, n, d, l2)
            check(np.max(np.abs(g)) < 1e-6, "gradient at the solution" + what, "< 1e-6", g)
            check(n_iter <= 15, "Newton's method should need at most 15 steps" + what, "<= 15", n_iter)
            check(isinstance(b, float) and isinstance(n_iter, int), "b must be a float and n_iter an int" + what,
                  "float, int", (type(b).__name__, type(n_iter).__name__))

    def test_strong_penalty_keeps_the_intercept(self):
        """A huge l2 shrinks w to ~0 while b becomes the log-odds of the base rate"""
        rng = np.random.default_rng(4)
        X, y = _data(rng, 200, 3)
        w, b, _ = logistic_newton(X, y, l2=1e9)
        rate = y.mean()
        check_close(w, np.zeros(3), 1e-6, 0, "w with l2 = 1e9")
        check_close(b, math.log(rate / (1 - rate)), 1e-6, 0, "b with l2 = 1e9 (log-odds of the base rate)")

    def test_large_feature_scale_without_warnings(self):
        """Features in the thousands, l2 > 0: no floating-point warnings and an optimal fit"""
        rng = np.random.default_rng(8)
        X, y = _data(rng, 300, 2, scale=1000.0)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            w, b, _ = logistic_newton(X, y, l2=1e-3)
            probs = predict_proba(X * 50, w, b)
        g = _gradient(X, y, w, b, 1e-3)
        check(np.max(np.abs(g)) < 1e-6, "gradient at the solution for large features", "< 1e-6", g)
        check(np.all((probs >= 0) & (probs <= 1)), "probabilities must lie in [0, 1]", "[0, 1]", probs[:5])

    def test_separable_data_without_penalty_raises(self):
        """Perfectly separable data with l2=0 has no finite optimum: ValueError"""
        with self.assertRaises(ValueError):
            logistic_newton([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1], l2=0.0, max_iter=50)

    def test_separable_data_with_penalty_converges(self):
        """The same data with l2=0.1 has a finite optimum"""
        w, b, _ = logistic_newton([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1], l2=0.1)
        g = _gradient([[0.0], [1.0], [2.0], [3.0]], [0, 0, 1, 1], w, b, 0.1)
        check(np.max(np.abs(g)) < 1e-6, "gradient at the penalised solution", "< 1e-6", g)

    def test_predict_proba_against_tanh_form(self):
        """predict_proba matches (1 + tanh(z / 2)) / 2 on moderate and extreme scores"""
        z = np.array([-800.0, -40.0, -3.0, 0.0, 2.5, 36.0, 750.0])
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = predict_proba(z[:, None], np.array([1.0]), 0.0)
        check_close(got, 0.5 * (1 + np.tanh(z / 2)), 1e-12, 0, "predict_proba")

    def test_invalid_input_raises(self):
        """Labels other than 0/1, shape mismatches, negative l2 and bad max_iter raise ValueError"""
        X = [[0.0], [1.0], [2.0]]
        cases = {
            "label 2": lambda: logistic_newton(X, [0, 1, 2]),
            "length mismatch": lambda: logistic_newton(X, [0, 1]),
            "1-D X": lambda: logistic_newton([0.0, 1.0, 2.0], [0, 1, 1]),
            "NaN in X": lambda: logistic_newton([[0.0], [float("nan")], [1.0]], [0, 1, 1]),
            "negative l2": lambda: logistic_newton(X, [0, 1, 1], l2=-1.0),
            "max_iter 0": lambda: logistic_newton(X, [0, 1, 1], max_iter=0),
            "w of the wrong length": lambda: predict_proba(X, np.array([1.0, 2.0]), 0.0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        rng = np.random.default_rng(1)
        X, y = _data(rng, 50, 2)
        Xb, yb = X.copy(), y.copy()
        logistic_newton(X, y, l2=0.5)
        check(np.array_equal(X, Xb) and np.array_equal(y, yb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
