import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import ndcg_at_k

ATOL, RTOL = 1e-9, 1e-9


def _slow_ndcg(rel, scores, k):
    n = len(rel)
    # Rank by score descending; ties keep input order (selection by max with first index).
    remaining = list(range(n))
    ranked = []
    while remaining:
        best = remaining[0]
        for i in remaining:
            if scores[i] > scores[best]:
                best = i
        ranked.append(best)
        remaining.remove(best)
    top = min(k, n)
    dcg = sum((2.0 ** rel[ranked[r]] - 1) / math.log2(r + 2) for r in range(top))
    ideal_rel = sorted(rel, reverse=True)
    idcg = sum((2.0 ** ideal_rel[r] - 1) / math.log2(r + 2) for r in range(top))
    return 0.0 if idcg == 0 else dcg / idcg


class HiddenTests(unittest.TestCase):
    def test_exponential_gain(self):
        """Grades 3 and 1 give gains 7 and 1: ranking the 1 first scores (1 + 7/log2 3) / (7 + 1/log2 3)"""
        expected = (1 + 7 / math.log2(3)) / (7 + 1 / math.log2(3))
        check_close(ndcg_at_k([3, 1], [0.1, 0.9], 2), expected, ATOL, RTOL, "ndcg_at_k with grades 3 and 1")

    def test_ties_keep_input_order(self):
        """Equal scores rank the earlier item first"""
        check_close(ndcg_at_k([0, 2], [0.5, 0.5], 1), 0.0, ATOL, RTOL, "ndcg_at_k([0, 2], tied, k=1)")
        check_close(ndcg_at_k([2, 0], [0.5, 0.5], 1), 1.0, ATOL, RTOL, "ndcg_at_k([2, 0], tied, k=1)")
        expected = (1 + 3 / math.log2(3)) / (3 + 1 / math.log2(3))
        check_close(ndcg_at_k([1, 2, 0], [1.0, 1.0, 1.0], 3), expected, ATOL, RTOL, "ndcg_at_k with all scores tied")

    def test_ideal_dcg_truncated_at_k(self):
        """The ideal DCG only counts the top k ideal items"""
        # Ranked relevances 2, 0, 2 at k=1: DCG 3, IDCG 3 (not 3 + 3/log2(3)).
        check_close(ndcg_at_k([2, 0, 2], [0.9, 0.8, 0.1], 1), 1.0, ATOL, RTOL, "ndcg_at_k at k=1")
        expected = 3 / (3 + 3 / math.log2(3))
        check_close(ndcg_at_k([2, 0, 2], [0.9, 0.8, 0.1], 2), expected, ATOL, RTOL, "ndcg_at_k at k=2")

    def test_k_larger_than_n(self):
        """k beyond the list length is the same as k = n"""
        rel, scores = [3, 2, 3, 0, 1, 2], [0.9, 0.8, 0.1, 0.7, 0.6, 0.5]
        check_close(ndcg_at_k(rel, scores, 100), ndcg_at_k(rel, scores, 6), ATOL, RTOL, "ndcg_at_k(k=100) vs k=6")
        check_close(ndcg_at_k(rel, scores, 6), 0.8891488255981196, ATOL, RTOL, "ndcg_at_k(k=6)")

    def test_randomized_against_slow_version(self):
        """Random graded lists with tied scores match a slow, literal implementation"""
        rng = np.random.default_rng(314)
        for trial in range(40):
            n = int(rng.integers(1, 25))
            rel = rng.integers(0, 5, size=n).tolist()
            scores = (rng.integers(0, 6, size=n) / 5.0).tolist()
            k = int(rng.integers(1, n + 3))
            _orig_rel = copy.deepcopy(rel)
            _orig_scores = copy.deepcopy(scores)
            _orig_k = copy.deepcopy(k)
            got = ndcg_at_k(rel, scores, k)
            check_close(got, _slow_ndcg(_orig_rel, _orig_scores, _orig_k), ATOL, RTOL, "ndcg_at_k (trial %d, n=%d, k=%d)" % (trial, n, k))
            check(0.0 <= got <= 1.0 + 1e-12, "NDCG must lie in [0, 1]", "[0, 1]", got)

    def test_numpy_inputs_and_float_result(self):
        """numpy arrays are accepted and the result is a float"""
        got = ndcg_at_k(np.array([0, 1, 2]), np.array([0.3, 0.2, 0.1]), 3)
        check(isinstance(got, float), "ndcg_at_k must return a float", "float", type(got).__name__)
        expected = (1 / math.log2(3) + 3 / 2) / (3 + 1 / math.log2(3))
        check_close(got, expected, ATOL, RTOL, "ndcg_at_k of a reversed ranking")

    def test_invalid_input_raises(self):
        """k < 1, mismatched lengths, empty lists and negative relevance raise ValueError"""
        check_raises(ValueError, ndcg_at_k, [1, 0], [0.2, 0.1], 0)
        check_raises(ValueError, ndcg_at_k, [1, 0, 2], [0.2, 0.1], 2)
        check_raises(ValueError, ndcg_at_k, [], [], 1)
        check_raises(ValueError, ndcg_at_k, [1, -1], [0.2, 0.1], 2)


class GapTests(unittest.TestCase):
    def test_two_dimensional_input_raises(self):
        """2-D relevance and scores raise ValueError"""
        check_raises(ValueError, ndcg_at_k, [[3, 2], [0, 1]], [[0.9, 0.8], [0.1, 0.2]], 2)


if __name__ == "__main__":
    unittest.main()
