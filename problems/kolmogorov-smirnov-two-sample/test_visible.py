import math
import unittest

from mlreps_check import check_close
from solution import kolmogorov_sf, ks_two_sample


class VisibleTests(unittest.TestCase):
    def test_ties_across_samples(self):
        """[1, 2, 2, 3] vs [2, 2, 4]: both ECDFs are read after the tied 2s; D = 1 - 2/3"""
        d, p = ks_two_sample([1, 2, 2, 3], [2, 2, 4])
        check_close(float(d), 1 / 3, 1e-12, 0, "D")
        lam = math.sqrt(12 / 7) / 3
        series = 2 * sum((-1) ** (j - 1) * math.exp(-2 * j * j * lam * lam) for j in range(1, 101))
        check_close(float(p), series, 1e-9, 0, "p-value")

    def test_separated_samples(self):
        """Mostly separated samples: D = 2/3 at t = 1.5"""
        d, p = ks_two_sample([0.1, 0.4, 0.7, 1.2, 1.5], [1.1, 1.3, 1.9, 2.2, 2.5, 2.8])
        check_close(float(d), 2 / 3, 1e-12, 0, "D")
        check_close(float(p), 0.1769674083331658, 1e-9, 0, "p-value")

    def test_kolmogorov_sf(self):
        """Q(1.3581) is the 5% point; Q(0.2) is 1.0 by the small-lambda rule"""
        check_close(float(kolmogorov_sf(1.3581)), 0.05, 1e-6, 0, "kolmogorov_sf(1.3581)")
        check_close(float(kolmogorov_sf(0.2)), 1.0, 1e-12, 0, "kolmogorov_sf(0.2)")


if __name__ == "__main__":
    unittest.main()
