import math
import random
import unittest
from collections import Counter

from mlreps_check import check, check_equal
from solution import weighted_sample_without_replacement


def _band(p, trials):
    """Counts within 5 standard deviations of trials * p."""
    sd = math.sqrt(trials * p * (1 - p))
    return trials * p - 5 * sd - 1, trials * p + 5 * sd + 1


class VisibleTests(unittest.TestCase):
    def test_all_positive_weights_selected(self):
        """k = number of positive weights returns exactly those indices"""
        got = weighted_sample_without_replacement([0.0, 2.0, 0.0, 1.0, 5.0], 3, random.Random(0))
        check_equal(sorted(got), [1, 3, 4], "sorted sample")

    def test_single_draw_proportional_to_weight(self):
        """With k=1 over 20,000 seeds, index i is drawn with probability w_i / sum(w)"""
        weights = [1.0, 2.0, 3.0, 4.0]
        trials = 20000
        counts = Counter()
        for seed in range(trials):
            got = weighted_sample_without_replacement(weights, 1, random.Random(seed))
            check(len(got) == 1, "k=1 must return one index", 1, got)
            counts[got[0]] += 1
        for i, w in enumerate(weights):
            lo, hi = _band(w / 10.0, trials)
            check(lo <= counts[i] <= hi, "index %d should be drawn about %d times" % (i, trials * w / 10), "%.0f .. %.0f" % (lo, hi), counts[i])

    def test_distinct_and_reproducible(self):
        """Indices are distinct, and the same seed gives the same sample"""
        weights = [0.5, 1.0, 3.0, 0.2, 2.2, 1.1, 0.9, 1.5, 0.7, 1.3]
        for seed in range(20):
            a = weighted_sample_without_replacement(weights, 4, random.Random(seed))
            b = weighted_sample_without_replacement(weights, 4, random.Random(seed))
            check_equal(len(set(a)), 4, "number of distinct indices (seed %d)" % seed)
            check_equal(sorted(a), sorted(b), "two samples with seed %d" % seed)


if __name__ == "__main__":
    unittest.main()
