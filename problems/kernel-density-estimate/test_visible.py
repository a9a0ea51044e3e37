import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import gaussian_kde, silverman_bandwidth


def _phi(z):
    return math.exp(-z * z / 2) / math.sqrt(2 * math.pi)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Three training points, h = 1: f(1) and f(3) are averages of normal densities"""
        got = gaussian_kde([0, 1, 2], [1, 3], bandwidth=1.0)
        check_shape(got, (2,), "gaussian_kde([0, 1, 2], [1, 3], 1.0)")
        expected = [(_phi(1) + _phi(0) + _phi(1)) / 3, (_phi(3) + _phi(2) + _phi(1)) / 3]
        check_close(got, expected, 1e-12, 1e-9, "gaussian_kde([0, 1, 2], [1, 3], 1.0)")

    def test_bandwidth_scales_the_bump(self):
        """One training point at 0 with h = 2: f(q) = phi(q / 2) / 2"""
        q = [-2.0, 0.0, 1.0]
        check_close(gaussian_kde([0.0], q, 2.0), [_phi(v / 2) / 2 for v in q], 1e-12, 1e-9, "gaussian_kde([0], q, 2.0)")

    def test_integrates_to_one(self):
        """The estimate integrates to 1 (trapezoid rule on a fine grid)"""
        grid = np.linspace(-10, 14, 24001)
        dens = np.asarray(gaussian_kde([0.0, 1.5, 4.0, 4.2], grid, 0.7), dtype=float)
        area = float(np.sum((dens[1:] + dens[:-1]) / 2 * np.diff(grid)))
        check_close(area, 1.0, 1e-6, 0, "integral of the KDE")

    def test_silverman_example(self):
        """silverman_bandwidth([1, 2, 3, 4, 10]) uses IQR / 1.34 = 2 / 1.34 (smaller than s)"""
        check_close(float(silverman_bandwidth([1, 2, 3, 4, 10])), 0.9 * (2 / 1.34) * 5 ** -0.2, 1e-15, 1e-9, "silverman_bandwidth([1, 2, 3, 4, 10])")


if __name__ == "__main__":
    unittest.main()
