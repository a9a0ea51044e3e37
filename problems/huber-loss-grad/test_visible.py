import unittest

import numpy as np

from mlreps_check import check_close
from solution import huber_loss

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """delta 2: one quadratic and two linear residuals"""
        loss, grad = huber_loss(np.array([0.5, 3.0, -4.0]), np.zeros(3), delta=2.0)
        check_close(loss, (0.125 + 2 * (3 - 1) + 2 * (4 - 1)) / 3, ATOL, RTOL, "loss")
        check_close(grad, [0.5 / 3, 2 / 3, -2 / 3], ATOL, RTOL, "grad")

    def test_weights(self):
        """Weights [2, 1, 1] give a weighted mean"""
        loss, grad = huber_loss(np.array([0.5, 3.0, -4.0]), np.zeros(3), delta=2.0, sample_weight=np.array([2.0, 1.0, 1.0]))
        check_close(loss, (2 * 0.125 + 4 + 6) / 4, ATOL, RTOL, "weighted loss")
        check_close(grad, [2 * 0.5 / 4, 2 / 4, -2 / 4], ATOL, RTOL, "weighted grad")

    def test_small_residuals_are_half_squared_error(self):
        """All residuals inside the band: 0.5 * mean(r**2) and grad r / n"""
        p, t = np.array([1.0, 2.0, 3.0]), np.array([1.5, 1.5, 3.25])
        loss, grad = huber_loss(p, t, delta=1.0)
        check_close(loss, 0.5 * np.mean((p - t) ** 2), ATOL, RTOL, "loss")
        check_close(grad, (p - t) / 3, ATOL, RTOL, "grad")


if __name__ == "__main__":
    unittest.main()
