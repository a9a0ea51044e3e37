import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import batchnorm_forward

ATOL, RTOL = 1e-9, 1e-7
X = np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 10.0]])
GAMMA = np.array([1.0, 2.0])
BETA = np.array([0.0, 1.0])


class VisibleTests(unittest.TestCase):
    def test_train_output(self):
        """Training mode normalizes each column with its batch mean and biased variance"""
        out, _, _ = batchnorm_forward(X, GAMMA, BETA, np.zeros(2), np.ones(2), True)
        check_shape(out, (3, 2), "out")
        mu, var, eps = [3.0, 6.0], [8.0 / 3.0, 32.0 / 3.0], 1e-5
        expected = [[GAMMA[j] * (X[i, j] - mu[j]) / math.sqrt(var[j] + eps) + BETA[j] for j in range(2)] for i in range(3)]
        check_close(out, expected, ATOL, RTOL, "out in training mode")

    def test_running_stats_update(self):
        """Running stats move to momentum * old + (1 - momentum) * batch"""
        _, rm, rv = batchnorm_forward(X, GAMMA, BETA, np.zeros(2), np.ones(2), True)
        check_close(rm, [0.3, 0.6], ATOL, RTOL, "new running mean")
        check_close(rv, [0.9 + 0.1 * 8.0 / 3.0, 0.9 + 0.1 * 32.0 / 3.0], ATOL, RTOL, "new running var")

    def test_eval_uses_running_stats(self):
        """Evaluation mode normalizes with the running statistics and returns them unchanged"""
        rm0, rv0 = np.array([3.0, 6.0]), np.array([4.0, 16.0])
        out, rm, rv = batchnorm_forward(X, GAMMA, BETA, rm0, rv0, False)
        eps = 1e-5
        expected = [[GAMMA[j] * (X[i, j] - rm0[j]) / math.sqrt(rv0[j] + eps) + BETA[j] for j in range(2)] for i in range(3)]
        check_close(out, expected, ATOL, RTOL, "out in evaluation mode")
        check_close(rm, rm0, 0, 0, "running mean after eval")
        check_close(rv, rv0, 0, 0, "running var after eval")


if __name__ == "__main__":
    unittest.main()
