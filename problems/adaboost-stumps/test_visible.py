import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import AdaBoostStumps

ATOL, RTOL = 1e-9, 1e-7
X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
Y = np.array([1, 1, -1, -1, 1])


class VisibleTests(unittest.TestCase):
    def test_worked_example_rounds(self):
        """Three rounds pick the stumps and alphas of the worked example"""
        model = AdaBoostStumps(n_estimators=3).fit(X, Y)
        check(isinstance(model, AdaBoostStumps), "fit must return self", "an AdaBoostStumps", type(model).__name__)
        check_equal(len(model.stumps_), 3, "number of stumps")
        for i, (f, t, p) in enumerate([(0, 2.5, -1), (0, 4.5, 1), (0, 2.5, -1)]):
            check_equal(int(model.stumps_[i][0]), f, "stump %d feature" % i)
            check_close(float(model.stumps_[i][1]), t, ATOL, RTOL, "stump %d threshold" % i)
            check_equal(int(model.stumps_[i][2]), p, "stump %d polarity" % i)
        check_close(model.alphas_, [0.5 * math.log(4), 0.5 * math.log(3), 0.5 * math.log(2)], ATOL, RTOL, "alphas_")

    def test_worked_example_scores(self):
        """decision_function and predict match the worked example"""
        model = AdaBoostStumps(n_estimators=3).fit(X, Y)
        a1, a2, a3 = 0.5 * math.log(4), 0.5 * math.log(3), 0.5 * math.log(2)
        expected = [a1 - a2 + a3, a1 - a2 + a3, -a1 - a2 - a3, -a1 - a2 - a3, -a1 + a2 - a3]
        got = model.decision_function(X)
        check_shape(got, (5,), "decision_function")
        check_close(got, expected, ATOL, RTOL, "decision_function")
        check_equal(np.asarray(model.predict(X)), np.array([1, 1, -1, -1, -1]), "predictions")

    def test_separable_data_clips_error(self):
        """A perfect stump has error clipped to 1e-10, so alpha = 0.5 ln((1 - 1e-10) / 1e-10)"""
        Xs = np.array([[0.0], [1.0], [2.0], [3.0]])
        ys = np.array([-1, -1, 1, 1])
        model = AdaBoostStumps(n_estimators=2).fit(Xs, ys)
        alpha = 0.5 * math.log((1 - 1e-10) / 1e-10)
        check_close(model.alphas_, [alpha, alpha], ATOL, RTOL, "alphas_")
        check_equal(np.asarray(model.predict(np.array([[0.5], [1.5], [1.6], [10.0]]))), np.array([-1, -1, 1, 1]),
                    "predictions")


if __name__ == "__main__":
    unittest.main()
