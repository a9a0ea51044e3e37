import unittest

from mlreps_check import check, check_close
from solution import brier_decomposition

KEYS = ("brier", "reliability", "resolution", "uncertainty", "within_variance", "within_covariance")


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Two bins with one forecast value each: the six values of the example"""
        got = brier_decomposition([0, 0, 1, 1, 1, 0, 1, 1], [0.2] * 4 + [0.7] * 4, n_bins=2)
        check(set(got) == set(KEYS), "the result must have exactly the six keys", sorted(KEYS), sorted(got))
        expected = {"brier": 0.265, "reliability": 0.04625, "resolution": 0.015625, "uncertainty": 0.234375,
                    "within_variance": 0.0, "within_covariance": 0.0}
        for key in KEYS:
            check_close(got[key], expected[key], 1e-12, 0, key)

    def test_perfect_forecasts(self):
        """Forecasts equal to the outcomes: Brier 0, reliability 0, resolution equals uncertainty"""
        got = brier_decomposition([0, 1, 1, 0, 1], [0.0, 1.0, 1.0, 0.0, 1.0])
        check_close(got["brier"], 0.0, 1e-12, 0, "brier")
        check_close(got["reliability"], 0.0, 1e-12, 0, "reliability")
        check_close(got["resolution"], 0.24, 1e-12, 0, "resolution")
        check_close(got["uncertainty"], 0.24, 1e-12, 0, "uncertainty")

    def test_climatology(self):
        """Always forecasting the base rate: reliability 0, resolution 0, Brier equals uncertainty"""
        got = brier_decomposition([1, 0, 0, 0], [0.25] * 4, n_bins=10)
        check_close(got["brier"], 0.1875, 1e-12, 0, "brier")
        check_close(got["reliability"], 0.0, 1e-12, 0, "reliability")
        check_close(got["resolution"], 0.0, 1e-12, 0, "resolution")


if __name__ == "__main__":
    unittest.main()
