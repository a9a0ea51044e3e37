import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import label_smoothing_ce

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """epsilon 0.3 on three classes, second row ignored"""
        loss, grad = label_smoothing_ce(np.array([[2.0, 0.0, 0.0], [0.0, 0.0, 0.0]]), np.array([0, -100]), epsilon=0.3)
        z = math.exp(2) + 2
        p = [math.exp(2) / z, 1 / z, 1 / z]
        q = [0.8, 0.1, 0.1]
        check_close(loss, -sum(qi * math.log(pi) for qi, pi in zip(q, p)), ATOL, RTOL, "loss")
        check_close(grad, [[p[0] - 0.8, p[1] - 0.1, p[2] - 0.1], [0.0, 0.0, 0.0]], ATOL, RTOL, "grad")

    def test_no_smoothing_is_plain_cross_entropy(self):
        """epsilon 0 gives the ordinary mean cross-entropy"""
        logits = np.array([[1.0, 2.0], [3.0, 0.0]])
        loss, _ = label_smoothing_ce(logits, np.array([1, 0]), epsilon=0.0)
        expected = (math.log(1 + math.exp(-1)) + math.log(1 + math.exp(-3))) / 2
        check_close(loss, expected, ATOL, RTOL, "loss with epsilon 0")

    def test_uniform_logits(self):
        """Equal logits: loss is log K whatever epsilon is"""
        loss, grad = label_smoothing_ce(np.zeros((2, 4)), np.array([3, 1]), epsilon=0.2)
        check_close(loss, math.log(4), ATOL, RTOL, "loss for equal logits")
        check_close(np.asarray(grad).sum(axis=1), [0.0, 0.0], 1e-12, 0, "row sums of grad")


if __name__ == "__main__":
    unittest.main()
