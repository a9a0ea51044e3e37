import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import sample_with_temperature, softmax_temperature

ATOL, RTOL = 1e-12, 1e-9


def _soft(z, T):
    m = max(z)
    e = [math.exp((v - m) / T) for v in z]
    return [v / sum(e) for v in e]


class VisibleTests(unittest.TestCase):
    def test_temperatures(self):
        """T = 1, 0.5 and 100 on [1, 2, 3]"""
        for T in (1.0, 0.5, 100.0):
            check_close(softmax_temperature([1.0, 2.0, 3.0], T), _soft([1.0, 2.0, 3.0], T), ATOL, RTOL, "softmax at T = %g" % T)

    def test_tiny_temperature_splits_ties(self):
        """T = 1e-300 puts all the mass on the tied maxima, equally"""
        check_close(softmax_temperature([2.0, 5.0, 5.0], 1e-300), [0.0, 0.5, 0.5], ATOL, RTOL, "softmax at T = 1e-300")

    def test_seeded_sample(self):
        """The documented draw with default_rng(0) gives [2, 2]"""
        got = sample_with_temperature(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 10.0]]), 1.0, np.random.default_rng(0))
        check_equal(np.asarray(got).tolist(), [2, 2], "samples")


if __name__ == "__main__":
    unittest.main()
