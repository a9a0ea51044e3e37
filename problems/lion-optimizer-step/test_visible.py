import unittest

import numpy as np

from mlreps_check import check_close
from solution import lion_step

ATOL, RTOL = 1e-12, 1e-10


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """The README example: sign of the beta1 interpolation, decoupled decay, beta2 momentum"""
        w = np.array([1.0, -2.0, 0.5])
        g = np.array([0.3, 0.0, -4.0])
        m = np.array([-1.0, 0.0, 0.2])
        w_new, m_new = lion_step(w, g, m, lr=0.1, weight_decay=0.5)
        check_close(w_new, [1.05, -1.9, 0.575], ATOL, RTOL, "w_new")
        check_close(m_new, [-0.987, 0.0, 0.158], ATOL, RTOL, "m_new")

    def test_first_step_moves_every_coordinate_by_lr(self):
        """With m=None the step is lr * sign(g), however small or large the gradient"""
        w = np.array([0.0, 1.0, 2.0, 3.0])
        g = np.array([1e-9, -1e6, 2.0, -0.5])
        w_new, m_new = lion_step(w, g, None, lr=0.01)
        check_close(w_new, [-0.01, 1.01, 1.99, 3.01], ATOL, RTOL, "w_new on the first step")
        check_close(m_new, 0.01 * g, ATOL, RTOL, "m_new on the first step")

    def test_momentum_can_outvote_the_gradient(self):
        """A large old momentum sets the direction even when the gradient points the other way"""
        w_new, m_new = lion_step(np.array([[5.0]]), np.array([[1.0]]), np.array([[-2.0]]), lr=0.5, beta1=0.9, beta2=0.5)
        check_close(w_new, [[5.5]], ATOL, RTOL, "w_new (c = -1.7, so the step is +lr)")
        check_close(m_new, [[-0.5]], ATOL, RTOL, "m_new = 0.5 * -2 + 0.5 * 1")


if __name__ == "__main__":
    unittest.main()
