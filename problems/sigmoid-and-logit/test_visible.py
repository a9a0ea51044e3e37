import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import log_sigmoid, logit, sigmoid

RTOL = 1e-12


class VisibleTests(unittest.TestCase):
    def test_sigmoid_values(self):
        """sigmoid at 0, 1, -1, 2.5 and -3 matches high-precision values"""
        got = sigmoid(np.array([0.0, 1.0, -1.0, 2.5, -3.0]))
        check_shape(got, (5,), "sigmoid")
        check_close(got, [0.5, 0.73105857863000488, 0.26894142136999512, 0.92414181997875645, 0.047425873177566781], 0, RTOL, "sigmoid")

    def test_large_inputs_stay_finite(self):
        """sigmoid(+-1000) is 1 and 0 (not nan) and log_sigmoid(-1000) is -1000 (not -inf)"""
        s = sigmoid(np.array([1000.0, -1000.0]))
        check(np.all(np.isfinite(s)), "sigmoid must be finite", "finite values", s)
        check_close(s, [1.0, 0.0], 0, 0, "sigmoid([1000, -1000])")
        check_close(log_sigmoid(np.array([-1000.0, 1000.0])), [-1000.0, 0.0], 0, RTOL, "log_sigmoid([-1000, 1000])")

    def test_logit_values(self):
        """logit of 0.5, 0.1, 0.25 and 0.999 matches high-precision values"""
        got = logit(np.array([0.5, 0.1, 0.25, 0.999]))
        check_close(got, [0.0, -2.1972245773362193, -1.0986122886681097, 6.9067547786485526], 1e-15, 1e-11, "logit")


if __name__ == "__main__":
    unittest.main()
