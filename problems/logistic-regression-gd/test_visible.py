import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_logistic_regression, predict_proba

ATOL, RTOL = 1e-10, 1e-8


class VisibleTests(unittest.TestCase):
    def test_one_step(self):
        """One step from zero on x=[0,1,2,3], y=[0,0,1,1] with lr=0.5 gives w=[0.25], b=0"""
        X = np.array([[0.0], [1.0], [2.0], [3.0]])
        y = np.array([0, 0, 1, 1])
        w, b = fit_logistic_regression(X, y, lr=0.5, n_iters=1)
        check_shape(w, (1,), "w")
        check_close(w, [0.25], ATOL, RTOL, "w after 1 step")
        check_close(b, 0.0, ATOL, RTOL, "b after 1 step")

    def test_three_steps(self):
        """Three steps on the same data match hand-computed values"""
        X = np.array([[0.0], [1.0], [2.0], [3.0]])
        y = np.array([0, 0, 1, 1])
        w, b = fit_logistic_regression(X, y, lr=0.5, n_iters=3)
        check_close(w, [0.49271569199509411], ATOL, RTOL, "w after 3 steps")
        check_close(b, -0.10922664512683052, ATOL, RTOL, "b after 3 steps")

    def test_predict_proba_values_and_extremes(self):
        """predict_proba gives sigmoid(Xw + b), finite even for scores of +-1000"""
        X = np.array([[1.0, 2.0], [0.0, 0.0], [-1.0, 1.0], [500.0, 0.0], [-500.0, 0.0]])
        got = predict_proba(X, np.array([2.0, 0.5]), -2.0)
        check_shape(got, (5,), "probabilities")
        check(np.all(np.isfinite(got)), "probabilities must be finite", "finite values", got)
        check_close(got, [0.7310585786300049, 0.11920292202211755, 0.029312230751356319, 1.0, 0.0], 1e-12, 1e-9, "probabilities")


if __name__ == "__main__":
    unittest.main()
