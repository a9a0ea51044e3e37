import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import bootstrap_ci

Z975 = 1.959963984540054  # standard normal 97.5% quantile


class VisibleTests(unittest.TestCase):
    def test_same_seed_same_interval(self):
        """Two calls with the same seed return exactly the same interval"""
        data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
        first = bootstrap_ci(data, n_boot=1000, seed=42)
        second = bootstrap_ci(data, n_boot=1000, seed=42)
        check(tuple(first) == tuple(second), "same seed must give the same interval", first, second)

    def test_constant_data_zero_width(self):
        """Constant data gives a zero-width interval at that constant"""
        lo, hi = bootstrap_ci([3.0] * 10, n_boot=500, seed=0)
        check_close([lo, hi], [3.0, 3.0], 1e-12, 0, "interval for constant data")

    def test_close_to_normal_approximation(self):
        """For n=400 normal data the 95% interval is close to mean +- 1.96*sd/sqrt(n)"""
        rng = np.random.default_rng(0)
        data = rng.normal(10.0, 3.0, size=400)
        se = data.std() / np.sqrt(len(data))
        lo, hi = bootstrap_ci(data, n_boot=5000, alpha=0.05, seed=1)
        expected = [data.mean() - Z975 * se, data.mean() + Z975 * se]
        check_close([lo, hi], expected, 0.2 * se, 0, "95% interval endpoints")


if __name__ == "__main__":
    unittest.main()
