import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import MultinomialNB

ATOL, RTOL = 1e-9, 1e-7
X = np.array([[2, 1, 0], [1, 0, 0], [0, 1, 3], [0, 2, 2], [1, 0, 1]])
Y = np.array([0, 0, 1, 1, 1])


class VisibleTests(unittest.TestCase):
    def test_fitted_parameters(self):
        """Smoothed feature probabilities and log priors match the worked example"""
        model = MultinomialNB(alpha=1.0).fit(X, Y)
        check(isinstance(model, MultinomialNB), "fit must return self", "a MultinomialNB", type(model).__name__)
        check_equal(np.asarray(model.classes_), np.array([0, 1]), "classes_")
        check_close(model.class_log_prior_, [math.log(0.4), math.log(0.6)], ATOL, RTOL, "class_log_prior_")
        expected = np.log([[4 / 7, 2 / 7, 1 / 7], [2 / 13, 4 / 13, 7 / 13]])
        check_close(model.feature_log_prob_, expected, ATOL, RTOL, "feature_log_prob_")

    def test_log_proba_worked_example(self):
        """predict_log_proba matches the worked example and rows normalize"""
        got = MultinomialNB().fit(X, Y).predict_log_proba(np.array([[1, 1, 1], [3, 0, 0]]))
        check_shape(got, (2, 2), "log probabilities")
        s0 = 0.4 * (4 / 7) * (2 / 7) * (1 / 7)
        s1 = 0.6 * (2 / 13) * (4 / 13) * (7 / 13)
        t0 = 0.4 * (4 / 7) ** 3
        t1 = 0.6 * (2 / 13) ** 3
        expected = [[math.log(s0 / (s0 + s1)), math.log(s1 / (s0 + s1))],
                    [math.log(t0 / (t0 + t1)), math.log(t1 / (t0 + t1))]]
        check_close(got, expected, ATOL, RTOL, "log probabilities")

    def test_predict(self):
        """predict returns the labels of the worked example"""
        got = MultinomialNB().fit(X, Y).predict(np.array([[1, 1, 1], [3, 0, 0], [0, 0, 5]]))
        check_equal(np.asarray(got), np.array([1, 0, 1]), "predictions")


if __name__ == "__main__":
    unittest.main()
