import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import distribution_after, stationary_distribution

ATOL = 1e-9


class VisibleTests(unittest.TestCase):
    def test_two_state_chain(self):
        """[[0.9, 0.1], [0.5, 0.5]] has stationary distribution (5/6, 1/6)"""
        got = stationary_distribution(np.array([[0.9, 0.1], [0.5, 0.5]]))
        check_shape(got, (2,), "stationary distribution")
        check_close(got, [5 / 6, 1 / 6], ATOL, 0, "stationary distribution")

    def test_two_steps(self):
        """Two steps from state 0: (0.86, 0.14)"""
        got = distribution_after([1.0, 0.0], np.array([[0.9, 0.1], [0.5, 0.5]]), 2)
        check_close(got, [0.86, 0.14], ATOL, 0, "distribution after 2 steps")

    def test_periodic_chain(self):
        """A 3-cycle never settles, yet its stationary distribution is uniform"""
        P = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
        check_close(stationary_distribution(P), [1 / 3] * 3, ATOL, 0, "stationary distribution of a 3-cycle")


if __name__ == "__main__":
    unittest.main()
