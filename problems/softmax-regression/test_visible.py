import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_softmax_regression, predict_proba

ATOL, RTOL = 1e-10, 1e-8

X_SMALL = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
Y_SMALL = np.array([0, 1, 2])


class VisibleTests(unittest.TestCase):
    def test_one_step(self):
        """One step from zero (lr=1): W = -X^T (1/3 - Y) / 3, b = 0"""
        W, b = fit_softmax_regression(X_SMALL, Y_SMALL, 3, lr=1.0, n_iters=1)
        check_shape(W, (2, 3), "W")
        check_shape(b, (3,), "b")
        check_close(W, [[1 / 9, -2 / 9, 1 / 9], [-2 / 9, 1 / 9, 1 / 9]], ATOL, RTOL, "W after 1 step")
        check_close(b, [0.0, 0.0, 0.0], ATOL, RTOL, "b after 1 step")

    def test_two_steps_with_l2(self):
        """Two steps with l2=0.5 match hand-computed values (the bias is not penalized)"""
        W, b = fit_softmax_regression(X_SMALL, Y_SMALL, 3, lr=1.0, n_iters=2, l2=0.5)
        check_close(
            W,
            [[0.16801749350419335, -0.29719933916242074, 0.12918184565822739],
             [-0.29719933916242074, 0.16801749350419335, 0.12918184565822739]],
            ATOL, RTOL, "W after 2 steps",
        )
        check_close(b, [0.024539605059783958, 0.024539605059783958, -0.049079210119567916], ATOL, RTOL, "b after 2 steps")

    def test_predict_proba_rows_and_extremes(self):
        """predict_proba rows sum to 1 and stay finite for logits around 1000"""
        W = np.array([[1000.0, 0.0, -1000.0]])
        got = predict_proba(np.array([[1.0], [0.0], [-1.0]]), W, np.array([0.0, 0.0, 0.0]))
        check_shape(got, (3, 3), "probabilities")
        check(np.all(np.isfinite(got)), "probabilities must be finite", "finite values", got)
        check_close(got, [[1.0, 0.0, 0.0], [1 / 3, 1 / 3, 1 / 3], [0.0, 0.0, 1.0]], 1e-12, 1e-9, "probabilities")


if __name__ == "__main__":
    unittest.main()
