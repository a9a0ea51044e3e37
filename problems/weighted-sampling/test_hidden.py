import copy
import math
import random
import unittest
from collections import Counter
from itertools import permutations

from mlreps_check import check, check_equal, check_raises
from solution import weighted_sample_without_replacement


def _band(p, trials):
    """Counts within 5 standard deviations of trials * p."""
    sd = math.sqrt(trials * p * (1 - p))
    return trials * p - 5 * sd - 1, trials * p + 5 * sd + 1


def _set_probabilities(weights, k):
    """Exact probability of each k-subset under successive sampling, by enumerating ordered draws."""
    probs = Counter()
    idx = [i for i, w in enumerate(weights) if w > 0]
    for order in permutations(idx, k):
        p, left = 1.0, float(sum(weights))
        for i in order:
            p *= weights[i] / left
            left -= weights[i]
        probs[frozenset(order)] += p
    return probs


class HiddenTests(unittest.TestCase):
    def test_pair_frequencies_match_successive_sampling(self):
        """k=2 from weights [1,2,3,4]: each pair appears with its exact successive-sampling probability"""
        weights = [1.0, 2.0, 3.0, 4.0]
        trials = 20000
        counts = Counter()
        for seed in range(trials):
            _orig_weights = copy.deepcopy(weights)
            counts[frozenset(weighted_sample_without_replacement(weights, 2, random.Random(50_000 + seed)))] += 1
        for pair, p in _set_probabilities(_orig_weights, 2).items():
            lo, hi = _band(p, trials)
            check(lo <= counts[pair] <= hi, "pair %s should appear about %.0f times" % (sorted(pair), p * trials), "%.0f .. %.0f" % (lo, hi), counts[pair])

    def test_inclusion_probabilities_k3(self):
        """k=3 from 5 items: each index is included with its exact probability"""
        weights = [1.0, 2.0, 3.0, 4.0, 10.0]
        trials = 15000
        counts = Counter()
        for seed in range(trials):
            _orig_weights = copy.deepcopy(weights)
            counts.update(weighted_sample_without_replacement(weights, 3, random.Random(90_000 + seed)))
        exact = Counter()
        for subset, p in _set_probabilities(_orig_weights, 3).items():
            for i in subset:
                exact[i] += p
        for i in range(5):
            lo, hi = _band(exact[i], trials)
            check(lo <= counts[i] <= hi, "index %d should be included about %.0f times" % (i, exact[i] * trials), "%.0f .. %.0f" % (lo, hi), counts[i])

    def test_zero_weights_never_chosen(self):
        """Over 3000 seeds, indices with weight 0 are never returned"""
        weights = [0.0, 1.0, 0.0, 3.0, 0.0, 2.0, 0.0]
        seen = set()
        for seed in range(3000):
            got = weighted_sample_without_replacement(weights, 2, random.Random(seed))
            check(len(set(got)) == 2, "two distinct indices expected", 2, got)
            seen.update(got)
        check(seen <= {1, 3, 5}, "only indices with positive weight may be returned", [1, 3, 5], sorted(seen))
        check_equal(sorted(seen), [1, 3, 5], "indices seen over all seeds")

    def test_scale_invariance(self):
        """Weights scaled by 0.001 or 1e6 give the same single-draw probabilities"""
        trials = 6000
        for scale in (1e-3, 1e6):
            weights = [scale * w for w in (1.0, 3.0, 6.0)]
            counts = Counter()
            for seed in range(trials):
                counts[weighted_sample_without_replacement(weights, 1, random.Random(seed))[0]] += 1
            for i, p in enumerate((0.1, 0.3, 0.6)):
                lo, hi = _band(p, trials)
                check(lo <= counts[i] <= hi, "scale %g: index %d should be drawn about %.0f times" % (scale, i, p * trials), "%.0f .. %.0f" % (lo, hi), counts[i])

    def test_small_weights_do_not_underflow(self):
        """Weights [0.01, 0.03, 0.06] scaled by 0.001 keep their single-draw probabilities 0.1, 0.3, 0.6"""
        trials = 6000
        weights = [1e-3 * w for w in (0.01, 0.03, 0.06)]
        counts = Counter()
        for seed in range(trials):
            counts[weighted_sample_without_replacement(weights, 1, random.Random(seed))[0]] += 1
        for i, p in enumerate((0.1, 0.3, 0.6)):
            lo, hi = _band(p, trials)
            check(lo <= counts[i] <= hi, "weights near 1e-5: index %d should be drawn about %.0f times" % (i, p * trials), "%.0f .. %.0f" % (lo, hi), counts[i])

    def test_dominant_weight(self):
        """A weight a million times larger than the rest is almost always drawn first"""
        hits = 0
        for seed in range(2000):
            hits += weighted_sample_without_replacement([1e6, 1.0, 1.0], 1, random.Random(seed)) == [0]
        check(hits >= 1995, "index 0 should be drawn in (nearly) every run", ">= 1995 of 2000", hits)

    def test_k_zero_and_full(self):
        """k=0 gives []; k = n with all weights positive gives a permutation of all indices"""
        check_equal(weighted_sample_without_replacement([1.0, 2.0], 0, random.Random(0)), [], "sample with k=0")
        got = weighted_sample_without_replacement([3.0, 1.0, 4.0, 1.0, 5.0], 5, random.Random(1))
        check_equal(sorted(got), [0, 1, 2, 3, 4], "sample with k=n")
        check(all(isinstance(i, int) for i in got), "indices must be ints", "ints", got)

    def test_invalid_arguments_raise(self):
        """k above the number of positive weights, k < 0, or a negative weight raise ValueError"""
        cases = [([1.0, 0.0, 2.0], 3), ([1.0, 2.0], -1), ([1.0, -0.5, 2.0], 1), ([1.0, float("nan")], 1)]
        for weights, k in cases:
            check_raises(ValueError, weighted_sample_without_replacement, weights, k, random.Random(0), what="weights=%s, k=%d" % (weights, k))

    def test_input_not_modified(self):
        """The weights list is left unchanged"""
        weights = [1.0, 0.0, 2.5, 4.0]
        weighted_sample_without_replacement(weights, 2, random.Random(3))
        check_equal(weights, [1.0, 0.0, 2.5, 4.0], "weights after the call")


class GapTests(unittest.TestCase):
    def test_global_random_state_untouched(self):
        """Only the rng argument is used: the global random module's state is unchanged"""
        random.seed(11)
        before = random.getstate()
        weighted_sample_without_replacement([1.0, 2.0, 3.0, 4.0, 0.0], 3, random.Random(5))
        check(random.getstate() == before, "the global random state changed; take every random number from rng", "unchanged", "changed")


if __name__ == "__main__":
    unittest.main()
