import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import log_sigmoid, logit, sigmoid

RTOL = 1e-12


class HiddenTests(unittest.TestCase):
    def test_sigmoid_tails_relative_accuracy(self):
        """Far tails keep full relative accuracy: sigmoid(-40) = 4.248e-18, sigmoid(-700) = 9.86e-305"""
        got = sigmoid(np.array([-20.0, -40.0, -700.0, 20.0]))
        check_close(got, [2.0611536181902036e-9, 4.248354255291589e-18, 9.8596765437597709e-305, 0.99999999793884638], 0, 1e-11, "sigmoid tails")

    def test_log_sigmoid_values(self):
        """log_sigmoid matches -log(1 + exp(-x)) computed in high precision, including tiny values near 0"""
        x = np.array([0.0, 1.0, -1.0, -3.0, 20.0, -20.0, 36.5, 40.0, -40.0])
        expected = [-0.69314718055994531, -0.31326168751822283, -1.3132616875182228, -3.0485873515737421,
                    -2.0611536203143807e-9, -20.000000002061154, -1.4068617124461467e-16, -4.248354255291589e-18, -40.0]
        check_close(log_sigmoid(x), expected, 0, 1e-11, "log_sigmoid")

    def test_logit_endpoints_and_tiny(self):
        """logit(0) = -inf, logit(1) = +inf, logit(1e-300) = -690.78, logit(1e-10) = -23.03"""
        got = logit(np.array([0.0, 1.0, 1e-300, 1e-10]))
        check(got[0] == -np.inf and got[1] == np.inf, "logit(0) and logit(1) must be -inf and +inf", [-np.inf, np.inf], got[:2])
        check_close(got[2:], [-690.77552789821371, -23.025850929840457], 0, 1e-12, "logit of tiny p")

    def test_roundtrip(self):
        """logit(sigmoid(x)) recovers x for |x| <= 10, and sigmoid(logit(p)) recovers p"""
        x = np.linspace(-10, 10, 41)
        check_close(logit(sigmoid(x)), x, 1e-9, 0, "logit(sigmoid(x))")
        p = np.linspace(0.01, 0.99, 50)
        check_close(sigmoid(logit(p)), p, 1e-14, 1e-12, "sigmoid(logit(p))")

    def test_symmetry(self):
        """sigmoid(-x) = 1 - sigmoid(x) and logit(1 - p) = -logit(p)"""
        rng = np.random.default_rng(0)
        x = rng.normal(scale=8.0, size=100)
        check_close(sigmoid(-x), 1.0 - sigmoid(x), 1e-15, 0, "sigmoid(-x) vs 1 - sigmoid(x)")
        p = rng.uniform(0.05, 0.95, size=100)
        check_close(logit(1.0 - p), -logit(p), 1e-12, 1e-10, "logit(1 - p) vs -logit(p)")

    def test_shapes_preserved(self):
        """2-D and 3-D inputs keep their shape"""
        a = np.zeros((2, 3))
        check_shape(sigmoid(a), (2, 3), "sigmoid of a 2x3 array")
        check_shape(log_sigmoid(np.zeros((4, 1, 2))), (4, 1, 2), "log_sigmoid of a 4x1x2 array")
        check_shape(logit(np.full((3, 2), 0.3)), (3, 2), "logit of a 3x2 array")
        check_close(sigmoid(a), np.full((2, 3), 0.5), 0, 0, "sigmoid of zeros")

    def test_scalar_and_list_inputs(self):
        """Plain floats and lists are accepted"""
        check_close(float(np.asarray(sigmoid(0.0))), 0.5, 0, 0, "sigmoid(0.0)")
        check_close(float(np.asarray(logit(0.5))), 0.0, 1e-15, 0, "logit(0.5)")
        check_close(log_sigmoid([0.0, -50.0]), [-0.69314718055994531, -50.0], 0, 1e-12, "log_sigmoid of a list")

    def test_input_not_modified(self):
        """The input arrays are left unchanged"""
        x = np.array([-5.0, 0.0, 3.0])
        p = np.array([0.2, 0.5, 0.7])
        x0, p0 = x.copy(), p.copy()
        sigmoid(x)
        log_sigmoid(x)
        logit(p)
        check_close(x, x0, 0, 0, "x after the calls")
        check_close(p, p0, 0, 0, "p after the calls")


if __name__ == "__main__":
    unittest.main()
