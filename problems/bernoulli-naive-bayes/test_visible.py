import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import fit_bernoulli_nb, predict_bnb, predict_log_proba_bnb

ATOL, RTOL = 1e-9, 1e-9
X = np.array([[1, 0, 1], [1, 1, 0], [0, 0, 1], [0, 1, 1]])
Y = np.array(["spam", "spam", "ham", "ham"])


class VisibleTests(unittest.TestCase):
    def test_fit_example(self):
        """Sorted classes, equal priors and Laplace-smoothed feature probabilities"""
        classes, log_prior, prob = fit_bernoulli_nb(X, Y)
        check_equal(list(classes), ["ham", "spam"], "classes")
        check_close(log_prior, np.log([0.5, 0.5]), ATOL, RTOL, "class_log_prior")
        check_close(prob, [[0.25, 0.5, 0.75], [0.75, 0.5, 0.5]], ATOL, RTOL, "feature_prob")

    def test_posterior_example(self):
        """x = [1, 0, 0]: the absent words count too, giving 1/7 vs 6/7"""
        model = fit_bernoulli_nb(X, Y)
        got = predict_log_proba_bnb(model, [[1, 0, 0]])
        check_shape(got, (1, 2), "log posteriors")
        check_close(np.exp(got), [[1 / 7, 6 / 7]], ATOL, RTOL, "posteriors of [1, 0, 0]")

    def test_predict_example(self):
        """Predictions for two rows"""
        model = fit_bernoulli_nb(X, Y)
        check_equal(list(predict_bnb(model, [[1, 0, 0], [0, 1, 1]])), ["spam", "ham"], "predictions")


if __name__ == "__main__":
    unittest.main()
