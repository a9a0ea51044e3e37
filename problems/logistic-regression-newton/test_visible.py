import unittest
import warnings

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import logistic_newton, predict_proba

X = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]]
Y = [0, 0, 1, 0, 1, 1]


def _gradient(X, y, w, b, l2):
    X, y = np.asarray(X, float), np.asarray(y, float)
    z = X @ np.asarray(w, float) + b
    p = 0.5 * (1 + np.tanh(z / 2))  # the sigmoid written another way
    r = p - y
    return np.concatenate([X.T @ r + l2 * np.asarray(w, float), [r.sum()]])


class VisibleTests(unittest.TestCase):
    def test_unpenalised_fit_is_optimal(self):
        """l2=0 on the 6-point example: the gradient vanishes and Newton needs few steps"""
        w, b, n_iter = logistic_newton(X, Y)
        check_shape(w, (1,), "w")
        g = _gradient(X, Y, w, b, 0.0)
        check(np.max(np.abs(g)) < 1e-6, "the gradient at the solution must be ~0", "< 1e-6", g)
        check(1 <= n_iter <= 15, "Newton's method should converge in a few steps", "1 .. 15", n_iter)
        check_close([w[0], b], [1.21402759, -3.03506896], 1e-6, 0, "(w, b)")

    def test_penalty_leaves_the_intercept_free(self):
        """l2=1: the gradient includes l2 * w for w but nothing for b"""
        w, b, _ = logistic_newton(X, Y, l2=1.0)
        g = _gradient(X, Y, w, b, 1.0)
        check(np.max(np.abs(g)) < 1e-6, "the penalised gradient at the solution must be ~0", "< 1e-6", g)

    def test_probabilities_do_not_overflow(self):
        """predict_proba at z = +-1000 gives 1 and 0 without warnings"""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = predict_proba([[1000.0], [-1000.0], [0.0]], np.array([1.0]), 0.0)
        check_close(got, [1.0, 0.0, 0.5], 1e-12, 0, "predict_proba at z = 1000, -1000, 0")


if __name__ == "__main__":
    unittest.main()
