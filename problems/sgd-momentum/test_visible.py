import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import sgd_momentum_step

ATOL, RTOL = 1e-10, 1e-8


class VisibleTests(unittest.TestCase):
    def test_one_step(self):
        """One step from the README example"""
        w_new, v_new = sgd_momentum_step(np.array([1.0, -2.0]), np.array([0.5, 0.5]), np.array([0.1, 0.0]), lr=0.1)
        check_shape(w_new, (2,), "w_new")
        check_close(v_new, [0.04, -0.05], ATOL, RTOL, "v_new")
        check_close(w_new, [1.04, -2.05], ATOL, RTOL, "w_new")

    def test_weight_decay(self):
        """Weight decay adds weight_decay * w to the gradient before the velocity update"""
        w_new, v_new = sgd_momentum_step(np.array([1.0, -2.0]), np.array([0.5, 0.5]), np.array([0.1, 0.0]),
                                         lr=0.1, weight_decay=0.1)
        check_close(v_new, [0.03, -0.03], ATOL, RTOL, "v_new")
        check_close(w_new, [1.03, -2.03], ATOL, RTOL, "w_new")

    def test_zero_momentum_is_plain_sgd(self):
        """With mu = 0 the step is w - lr * g and the velocity is -lr * g"""
        w, g = np.array([0.5, 1.5, -1.0]), np.array([2.0, -1.0, 0.0])
        w_new, v_new = sgd_momentum_step(w, g, np.array([9.0, 9.0, 9.0]), lr=0.05, mu=0.0)
        check_close(w_new, [0.4, 1.55, -1.0], ATOL, RTOL, "w_new")
        check_close(v_new, [-0.1, 0.05, 0.0], ATOL, RTOL, "v_new")


if __name__ == "__main__":
    unittest.main()
