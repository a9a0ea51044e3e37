import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import silhouette_score

ATOL, RTOL = 1e-9, 1e-7


def _slow(X, labels):
    pts = X.tolist()
    labels = list(labels)
    total = 0.0
    for i, p in enumerate(pts):
        same = [math.dist(p, q) for j, q in enumerate(pts) if labels[j] == labels[i] and j != i]
        if not same:
            continue
        a = sum(same) / len(same)
        b = min(
            sum(math.dist(p, q) for q, l in zip(pts, labels) if l == c) / labels.count(c)
            for c in set(labels) if c != labels[i]
        )
        if max(a, b) > 0:
            total += (b - a) / max(a, b)
    return total / len(pts)


class HiddenTests(unittest.TestCase):
    def test_random_against_plain_python(self):
        """Random points and labels (with several cluster counts) match a plain-Python silhouette"""
        rng = np.random.default_rng(0)
        for trial in range(6):
            n = int(rng.integers(6, 40))
            X = rng.normal(size=(n, 3))
            labels = rng.integers(0, int(rng.integers(2, 5)), size=n)
            labels[:2] = [0, 1]
            _orig_X = copy.deepcopy(X)
            _orig_labels = copy.deepcopy(labels)
            check_close(silhouette_score(X, labels), _slow(_orig_X, _orig_labels), ATOL, RTOL, "silhouette (trial %d)" % trial)

    def test_label_permutation_invariance(self):
        """Renaming the clusters does not change the score"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(30, 2))
        labels = rng.integers(0, 3, size=30)
        renamed = np.array([7, -2, 40])[labels]
        check_close(silhouette_score(X, renamed), silhouette_score(X, labels), ATOL, RTOL, "renamed labels")

    def test_well_separated_blobs_near_one(self):
        """Tight, far-apart blobs score close to 1; swapping half the labels scores below 0"""
        rng = np.random.default_rng(2)
        X = np.vstack([rng.normal(size=(20, 2)) * 0.1, rng.normal(size=(20, 2)) * 0.1 + 50])
        good = np.repeat([0, 1], 20)
        s = float(silhouette_score(X, good))
        check(s > 0.98, "well-separated blobs should score near 1", "> 0.98", s)
        bad = np.tile([0, 1], 20)
        check(float(silhouette_score(X, bad)) < 0.0, "mixing the blobs should score below 0", "< 0",
              silhouette_score(X, bad))

    def test_all_singletons_score_zero(self):
        """Every point in its own cluster gives 0"""
        X = np.array([[0.0], [1.0], [3.0]])
        check_close(silhouette_score(X, np.array([0, 1, 2])), 0.0, ATOL, RTOL, "all singletons")

    def test_duplicate_points_score_zero(self):
        """Identical points split into two clusters have a = b = 0, so s = 0"""
        X = np.zeros((4, 2))
        check_close(silhouette_score(X, np.array([0, 0, 1, 1])), 0.0, ATOL, RTOL, "duplicate points")

    def test_string_labels_and_float_type(self):
        """String labels work and the result converts to a float"""
        X = np.array([[0.0], [0.5], [3.0], [3.5], [4.0]])
        labels = np.array(["lo", "lo", "hi", "hi", "hi"])
        _orig_X = copy.deepcopy(X)
        _orig_labels = copy.deepcopy(labels)
        got = silhouette_score(X, labels)
        check(isinstance(float(got), float), "the result must be a number", "a float", got)
        check_close(got, _slow(_orig_X, _orig_labels.tolist()), ATOL, RTOL, "silhouette with string labels")

    def test_b_uses_mean_not_nearest_point(self):
        """b(i) is the mean distance to the nearest cluster, not the distance to the nearest point"""
        X = np.array([[0.0], [1.0], [2.0], [12.0]])
        labels = np.array([0, 0, 1, 1])
        # Point 1: a = 1, b = mean(1, 11) = 6 -> s = 5/6; nearest-point b would give 0.
        # Point 2: a = 10, b = mean(2, 1) = 1.5; point 12: a = 10, b = mean(12, 11) = 11.5.
        expected = (((7 - 1) / 7) + (5 / 6) + ((1.5 - 10) / 10) + ((11.5 - 10) / 11.5)) / 4
        check_close(silhouette_score(X, labels), expected, ATOL, RTOL, "silhouette")

    def test_inputs_unchanged(self):
        """X and labels are not modified"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(8, 2))
        labels = np.array([0, 1] * 4)
        Xc, lc = X.copy(), labels.copy()
        silhouette_score(X, labels)
        check_equal(X, Xc, "X after the call")
        check_equal(labels, lc, "labels after the call")


if __name__ == "__main__":
    unittest.main()
