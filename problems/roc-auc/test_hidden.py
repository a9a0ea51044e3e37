import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import roc_auc

ATOL, RTOL = 1e-9, 1e-9


def _pairwise_auc(y, s):
    pos = [float(v) for v, t in zip(s, y) if t == 1]
    neg = [float(v) for v, t in zip(s, y) if t == 0]
    won = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in pos for q in neg)
    return won / (len(pos) * len(neg))


def _grouped_auc(y, s):
    # Count positives and negatives per distinct score, then sweep from low to high scores.
    counts = {}
    for t, v in zip(y.tolist(), s.tolist()):
        c = counts.setdefault(v, [0, 0])
        c[t] += 1
    neg_below, won = 0, 0.0
    for v in sorted(counts):
        n_neg, n_pos = counts[v]
        won += n_pos * (neg_below + 0.5 * n_neg)
        neg_below += n_neg
    n_pos_total = int(y.sum())
    return won / (n_pos_total * (len(y) - n_pos_total))


class HiddenTests(unittest.TestCase):
    def test_all_scores_tied(self):
        """When every score is equal, AUC is exactly 0.5"""
        check_close(roc_auc([1, 0, 1, 0, 0], [3.0] * 5), 0.5, ATOL, RTOL, "roc_auc with all scores tied")

    def test_perfect_and_reversed(self):
        """Perfect separation gives 1.0, perfectly reversed gives 0.0"""
        check_close(roc_auc([0, 0, 1, 1, 1], [1, 2, 3, 4, 5]), 1.0, ATOL, RTOL, "roc_auc of a perfect ranking")
        check_close(roc_auc([1, 1, 1, 0, 0], [1, 2, 3, 4, 5]), 0.0, ATOL, RTOL, "roc_auc of a reversed ranking")

    def test_randomized_with_many_ties(self):
        """Random labels with heavily tied integer scores match the pairwise definition"""
        rng = np.random.default_rng(8)
        for trial in range(15):
            n = int(rng.integers(2, 60))
            y = rng.integers(0, 2, size=n)
            y[0], y[1] = 0, 1
            s = rng.integers(0, 4, size=n) + 0.5 * y * rng.integers(0, 2, size=n)
            _orig_y = copy.deepcopy(y)
            _orig_s = copy.deepcopy(s)
            check_close(roc_auc(y, s), _pairwise_auc(_orig_y, _orig_s), ATOL, RTOL, "roc_auc (trial %d, n=%d)" % (trial, n))

    def test_order_of_samples_irrelevant(self):
        """Shuffling samples (labels and scores together) does not change the AUC"""
        rng = np.random.default_rng(14)
        y = np.array([0, 1] * 20)
        s = rng.integers(0, 6, size=40).astype(float)
        perm = rng.permutation(40)
        check_close(roc_auc(y[perm], s[perm]), roc_auc(y, s), ATOL, RTOL, "roc_auc after shuffling the samples")

    def test_depends_only_on_order(self):
        """A strictly increasing transform of the scores does not change the AUC"""
        rng = np.random.default_rng(6)
        y = rng.integers(0, 2, size=30)
        y[:2] = [0, 1]
        s = rng.normal(size=30)
        check_close(roc_auc(y, np.exp(3 * s) - 7), roc_auc(y, s), ATOL, RTOL, "roc_auc after a monotone transform")

    def test_large_input_is_fast(self):
        """50,000 samples with tied integer scores match a grouped count and finish quickly"""
        rng = np.random.default_rng(50)
        y = rng.integers(0, 2, size=50_000)
        s = rng.integers(0, 40, size=50_000) + 3 * y
        _orig_y = copy.deepcopy(y)
        got = roc_auc(y, s.astype(float))
        check_close(got, _grouped_auc(_orig_y, s), ATOL, RTOL, "roc_auc on 50,000 samples")

    def test_invalid_input_raises(self):
        """Empty input, mismatched lengths and labels other than 0/1 raise ValueError"""
        check_raises(ValueError, roc_auc, [], [])
        check_raises(ValueError, roc_auc, [0, 1, 1], [0.1, 0.2])
        check_raises(ValueError, roc_auc, [0, 2, 1], [0.1, 0.2, 0.3])

    def test_inputs_not_modified(self):
        """y_true and scores are left unchanged"""
        y = np.array([1, 0, 1, 0])
        s = np.array([0.3, 0.9, 0.3, 0.1])
        yb, sb = y.copy(), s.copy()
        roc_auc(y, s)
        check(np.array_equal(y, yb) and np.array_equal(s, sb), "inputs must not be modified",
              [yb.tolist(), sb.tolist()], [y.tolist(), s.tolist()])


import time


class GapTests(unittest.TestCase):
    def test_time_budget_for_400000_samples(self):
        """400,000 samples with continuous scores: one call finishes within a 2 s CPU budget"""
        # Sized so that O(P*N) comparisons (about 4e10) cannot fit, on any machine, while a sort-based answer
        # (well under 0.2 s) has ten times the headroom; CPU time, so a loaded machine does not fail a correct answer.
        rng = np.random.default_rng(77)
        y = rng.integers(0, 2, size=400_000)
        s = rng.normal(size=400_000) + y
        start = time.process_time()
        roc_auc(y, s)
        elapsed = time.process_time() - start
        check(elapsed < 2.0, "roc_auc took %.2f s of CPU on 400,000 samples (budget 2 s): comparing every positive with every negative is O(P*N); "
              "sort once and use ranks" % elapsed, "< 2 s", "%.2f s" % elapsed)


if __name__ == "__main__":
    unittest.main()
