import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import GradientBoostingStumps

ATOL, RTOL = 1e-9, 1e-7
X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]])
Y = np.array([1.0, 4.0, 3.0, 8.0])


class VisibleTests(unittest.TestCase):
    def test_worked_example_stumps(self):
        """init_ and the three stumps match the worked example"""
        model = GradientBoostingStumps(n_estimators=3, learning_rate=0.5).fit(X, Y)
        check(isinstance(model, GradientBoostingStumps), "fit must return self", "a GradientBoostingStumps",
              type(model).__name__)
        check_close(model.init_, 4.0, ATOL, RTOL, "init_")
        expected = [(0, 3.5, -4 / 3, 4.0), (0, 1.5, -7 / 3, 7 / 9), (1, 0.5, -17 / 18, 17 / 18)]
        check_equal(len(model.stumps_), 3, "number of stumps")
        for i, (f, t, lv, rv) in enumerate(expected):
            got = model.stumps_[i]
            check_equal(int(got[0]), f, "stump %d feature" % i)
            check_close([got[1], got[2], got[3]], [t, lv, rv], ATOL, RTOL, "stump %d (threshold, left, right)" % i)

    def test_worked_example_predictions(self):
        """Training predictions match the worked example"""
        model = GradientBoostingStumps(n_estimators=3, learning_rate=0.5).fit(X, Y)
        got = model.predict(X)
        check_shape(got, (4,), "predictions")
        check_close(got, [61 / 36, 151 / 36, 3.25, 247 / 36], ATOL, RTOL, "predictions")

    def test_zero_rounds_predict_mean(self):
        """With n_estimators=0 every prediction is mean(y)"""
        model = GradientBoostingStumps(n_estimators=0).fit(X, Y)
        check_close(model.predict(np.array([[0.0, 0.0], [9.0, 9.0]])), [4.0, 4.0], ATOL, RTOL, "predictions")


if __name__ == "__main__":
    unittest.main()
