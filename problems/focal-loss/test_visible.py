import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import focal_loss

ATOL, RTOL = 1e-9, 1e-7


def _fl(z, y, a, g):
    p = 1 / (1 + math.exp(-z))
    pt, at = (p, a) if y == 1 else (1 - p, 1 - a)
    return -at * (1 - pt) ** g * math.log(pt)


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Three elements with alpha 0.25 and gamma 2"""
        loss, _ = focal_loss(np.array([0.0, 2.0, -3.0]), np.array([1, 0, 0]))
        check_close(loss, (_fl(0.0, 1, 0.25, 2) + _fl(2.0, 0, 0.25, 2) + _fl(-3.0, 0, 0.25, 2)) / 3, ATOL, RTOL, "loss")

    def test_gamma_zero_is_weighted_bce(self):
        """gamma 0, alpha 0.5: half the mean binary cross-entropy, gradient (p - y) / (2n)"""
        z, y = np.array([1.0, -0.5]), np.array([1, 0])
        loss, grad = focal_loss(z, y, alpha=0.5, gamma=0.0)
        p = 1 / (1 + np.exp(-z))
        check_close(loss, 0.5 * np.mean(-(y * np.log(p) + (1 - y) * np.log(1 - p))), ATOL, RTOL, "loss with gamma 0")
        check_close(grad, 0.5 * (p - y) / 2, ATOL, RTOL, "grad with gamma 0")

    def test_gradient_by_finite_differences(self):
        """The gradient matches central finite differences on random logits"""
        rng = np.random.default_rng(0)
        z, y = rng.normal(size=6) * 2, rng.integers(0, 2, size=6)
        _, grad = focal_loss(z, y, alpha=0.3, gamma=1.5)
        num = [(sum(_fl(v + (1e-6 if j == i else 0), t, 0.3, 1.5) for j, (v, t) in enumerate(zip(z, y)))
                - sum(_fl(v - (1e-6 if j == i else 0), t, 0.3, 1.5) for j, (v, t) in enumerate(zip(z, y)))) / 2e-6 / 6 for i in range(6)]
        check_close(grad, num, 1e-6, 1e-5, "grad vs finite differences")


if __name__ == "__main__":
    unittest.main()
