import copy
import math
import unittest
from collections import Counter

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import entropy, gini

ATOL, RTOL = 1e-12, 1e-9


def _gini(y):
    n = len(y)
    return 1.0 - sum((c / n) ** 2 for c in Counter(y).values()) if n else 0.0


def _entropy(y):
    n = len(y)
    return -sum((c / n) * math.log2(c / n) for c in Counter(y).values()) if n else 0.0


class HiddenTests(unittest.TestCase):
    def test_uniform_over_k_classes(self):
        """K equally frequent classes give Gini 1 - 1/K and entropy log2 K"""
        for k in (2, 3, 5, 8, 13):
            y = np.repeat(np.arange(k), 3)
            check_close(gini(y), 1.0 - 1.0 / k, ATOL, RTOL, "gini, %d balanced classes" % k)
            check_close(entropy(y), math.log2(k), ATOL, RTOL, "entropy, %d balanced classes" % k)

    def test_empty_is_zero(self):
        """An empty label set has impurity 0 for both measures"""
        check_close(gini([]), 0.0, ATOL, RTOL, "gini([])")
        check_close(entropy(np.array([], dtype=int)), 0.0, ATOL, RTOL, "entropy of an empty array")

    def test_noncontiguous_labels_no_nan(self):
        """Labels with gaps such as [0, 7, 7, 100] give finite values (absent classes contribute 0)"""
        y = np.array([0, 7, 7, 100])
        g, h = gini(y), entropy(y)
        check(math.isfinite(float(g)) and math.isfinite(float(h)), "results must be finite", "finite", (g, h))
        check_close(g, 1 - (1 / 16 + 4 / 16 + 1 / 16), ATOL, RTOL, "gini([0, 7, 7, 100])")
        check_close(h, 1.5, ATOL, RTOL, "entropy([0, 7, 7, 100])")

    def test_random_against_counter(self):
        """Random label arrays match a Counter-based computation"""
        rng = np.random.default_rng(0)
        for trial in range(20):
            n = int(rng.integers(1, 60))
            y = rng.integers(0, int(rng.integers(1, 7)), size=n)
            _orig_y = copy.deepcopy(y)
            check_close(gini(y), _gini(_orig_y.tolist()), ATOL, RTOL, "gini (trial %d)" % trial)
            check_close(entropy(y), _entropy(_orig_y.tolist()), ATOL, RTOL, "entropy (trial %d)" % trial)

    def test_string_labels_in_numpy_array(self):
        """String labels in a numpy array work like integers"""
        y = np.array(["cat", "dog", "dog", "dog"])
        check_close(gini(y), 1 - (1 / 16 + 9 / 16), ATOL, RTOL, "gini of cat/dog labels")
        check_close(entropy(y), -(0.25 * math.log2(0.25) + 0.75 * math.log2(0.75)), ATOL, RTOL,
                    "entropy of cat/dog labels")

    def test_bounds_and_order_invariance(self):
        """0 <= Gini < 1, 0 <= entropy <= log2 K, and shuffling does not change either"""
        rng = np.random.default_rng(1)
        y = rng.integers(0, 4, size=50)
        g, h = float(gini(y)), float(entropy(y))
        check(0.0 <= g < 1.0, "Gini must lie in [0, 1)", "[0, 1)", g)
        check(0.0 <= h <= 2.0 + 1e-12, "entropy of 4 classes must lie in [0, 2]", "[0, 2]", h)
        shuffled = rng.permutation(y)
        check_close(gini(shuffled), g, ATOL, RTOL, "gini after shuffling")
        check_close(entropy(shuffled), h, ATOL, RTOL, "entropy after shuffling")

    def test_single_element_and_input_unchanged(self):
        """One label gives 0; the input array is not modified"""
        y = np.array([3, 1, 3])
        yc = y.copy()
        gini(y)
        entropy(y)
        check_equal(y, yc, "y after the calls")
        check_close(gini([9]), 0.0, ATOL, RTOL, "gini([9])")
        check_close(entropy([9]), 0.0, ATOL, RTOL, "entropy([9])")


class GapTests(unittest.TestCase):
    def test_tuple_and_float_labels(self):
        """A tuple of labels and a numpy array of floats-as-labels are accepted"""
        check_close(gini((3, 3, 9)), 4 / 9, 1e-12, 1e-9, "gini of a tuple")
        check_close(entropy(np.array([0.5, 0.5, 2.5, 2.5])), 1.0, 1e-12, 1e-9, "entropy of float labels")


if __name__ == "__main__":
    unittest.main()
