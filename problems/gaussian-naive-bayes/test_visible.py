import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import GaussianNB

ATOL, RTOL = 1e-8, 1e-7
X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0], [6.0, 5.0], [7.0, 8.0]])
Y = np.array([0, 0, 0, 1, 1])


class VisibleTests(unittest.TestCase):
    def test_fitted_parameters(self):
        """Priors, means and smoothed population variances match the worked example"""
        model = GaussianNB().fit(X, Y)
        check(isinstance(model, GaussianNB), "fit must return self", "a GaussianNB", type(model).__name__)
        eps = 1e-9 * 6.16
        check_equal(np.asarray(model.classes_), np.array([0, 1]), "classes_")
        check_close(model.class_prior_, [0.6, 0.4], ATOL, RTOL, "class_prior_")
        check_close(model.theta_, [[2.0, 2.0], [6.5, 6.5]], ATOL, RTOL, "theta_")
        check_close(model.var_, [[2 / 3 + eps, 2 / 3 + eps], [0.25 + eps, 2.25 + eps]], 1e-12, 1e-10, "var_")

    def test_log_proba_worked_example(self):
        """predict_log_proba for [4, 4] and [2, 2] matches the worked example"""
        got = GaussianNB().fit(X, Y).predict_log_proba(np.array([[4.0, 4.0], [2.0, 2.0]]))
        check_shape(got, (2, 2), "log probabilities")
        check_close(got, [[-0.00022212998092108194, -8.412358910720782], [0.0, -45.523247137973456]], ATOL, RTOL,
                    "log probabilities")
        check_close(np.exp(got).sum(axis=1), [1.0, 1.0], ATOL, RTOL, "row sums of exp(log_proba)")

    def test_predict_separated_classes(self):
        """Points near each class mean are predicted as that class"""
        model = GaussianNB().fit(X, Y)
        got = model.predict(np.array([[2.0, 2.0], [6.5, 6.5], [1.0, 1.0], [7.0, 7.0]]))
        check_equal(np.asarray(got), np.array([0, 1, 0, 1]), "predictions")


if __name__ == "__main__":
    unittest.main()
