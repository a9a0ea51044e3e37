import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import log_loss_from_logits, multiclass_log_loss

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_probability_example(self):
        """Three samples: -(log 0.7 + log 0.8 + log 0.4) / 3"""
        P = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
        got = multiclass_log_loss([0, 2, 1], P)
        check(isinstance(got, float), "the loss must be a Python float", "float", type(got).__name__)
        check_close(got, -(math.log(0.7) + math.log(0.8) + math.log(0.4)) / 3, ATOL, RTOL, "log loss of the example")

    def test_logits_example(self):
        """Equal logits of 1000 and of 0: each sample costs log 2"""
        got = log_loss_from_logits([1, 0], np.array([[1000.0, 1000.0], [0.0, 0.0]]))
        check_close(got, math.log(2), ATOL, RTOL, "log loss from huge equal logits")

    def test_zero_probability_is_clipped(self):
        """A true-class probability of 0 costs -log(eps), not inf"""
        P = np.array([[1.0, 0.0], [0.0, 1.0]])
        got = multiclass_log_loss([1, 1], P, eps=1e-3)
        check_close(got, -math.log(1e-3) / 2, ATOL, RTOL, "log loss with one zero probability")


if __name__ == "__main__":
    unittest.main()
