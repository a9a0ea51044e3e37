import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import dropout_backward, dropout_forward

TOL = 1e-12


class VisibleTests(unittest.TestCase):
    def test_train_mode_worked_example(self):
        """Training mode with seed 0 and p=0.5 reproduces the README example"""
        x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        out, mask = dropout_forward(x, 0.5, True, np.random.default_rng(0))
        check_equal(np.asarray(mask), np.array([[True, False, False], [False, True, True]]), "mask")
        check_shape(out, (2, 3), "out")
        check_close(out, [[2.0, 0.0, 0.0], [0.0, 10.0, 12.0]], TOL, TOL, "out")

    def test_eval_mode_is_identity(self):
        """Evaluation mode returns the input unchanged and mask None"""
        x = np.array([1.5, -2.0, 0.25])
        out, mask = dropout_forward(x, 0.3, False, np.random.default_rng(1))
        check(mask is None, "mask must be None in evaluation mode", None, mask)
        check_close(out, x, TOL, TOL, "out in evaluation mode")

    def test_backward_uses_mask_and_scale(self):
        """Backward multiplies dout by mask / (1 - p)"""
        dout = np.array([[1.0, -2.0], [3.0, 4.0]])
        mask = np.array([[True, False], [True, True]])
        got = dropout_backward(dout, mask, 0.2)
        check_close(got, [[1.25, 0.0], [3.75, 5.0]], TOL, TOL, "dropout_backward")


if __name__ == "__main__":
    unittest.main()
