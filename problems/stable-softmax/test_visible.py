import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import log_softmax, softmax

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_small_vector(self):
        """softmax of [1, 2, 3] matches the worked example"""
        got = softmax(np.array([1.0, 2.0, 3.0]))
        check_shape(got, (3,), "softmax([1, 2, 3])")
        check_close(got, [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], ATOL, RTOL, "softmax([1, 2, 3])")

    def test_large_inputs_do_not_overflow(self):
        """log_softmax of [1000, 1000] is [-log 2, -log 2], not nan"""
        got = log_softmax(np.array([1000.0, 1000.0]))
        check_close(got, [-np.log(2.0)] * 2, ATOL, RTOL, "log_softmax([1000, 1000])")

    def test_axis_zero(self):
        """softmax along axis 0 normalizes each column"""
        z = np.array([[1.0, 1.0], [0.0, 0.0]])
        a = 1.0 / (1.0 + np.exp(-1.0))
        check_close(softmax(z, axis=0), [[a, a], [1 - a, 1 - a]], ATOL, RTOL, "softmax(z, axis=0)")


if __name__ == "__main__":
    unittest.main()
