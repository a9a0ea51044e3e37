import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, fail
from solution import single_linkage_heights, single_linkage_labels


def _naive(X):
    # Textbook agglomeration: merge the closest pair of clusters (closest point pair), record each state.
    pts = [tuple(float(v) for v in row) for row in X]
    clusters = [[i] for i in range(len(pts))]
    heights, states = [], {len(pts): [list(c) for c in clusters]}
    while len(clusters) > 1:
        best = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                d = min(math.dist(pts[i], pts[j]) for i in clusters[a] for j in clusters[b])
                if best is None or d < best[0]:
                    best = (d, a, b)
        d, a, b = best
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]
        heights.append(d)
        states[len(clusters)] = [list(c) for c in clusters]
    return heights, states


def _labels(state, n):
    out = [0] * n
    for cid, members in enumerate(sorted(state, key=min)):
        for i in members:
            out[i] = cid
    return out


class HiddenTests(unittest.TestCase):
    def test_random_against_naive_agglomeration(self):
        """Random point sets: heights and every cut match the textbook merge loop"""
        rng = np.random.default_rng(3)
        for trial in range(6):
            n = int(rng.integers(1, 18))
            X = rng.normal(size=(n, int(rng.integers(1, 4)))) * rng.uniform(0.5, 5)
            heights, states = _naive(X)
            check_close(single_linkage_heights(X), heights, 1e-12, 1e-9, "heights (trial %d, n=%d)" % (trial, n))
            for k in range(1, n + 1):
                check_equal(np.asarray(single_linkage_labels(X, k)).tolist(), _labels(states[k], n),
                            "labels for %d clusters (trial %d)" % (k, trial))

    def test_chaining(self):
        """Single linkage chains: evenly spaced points on a line stay one cluster until the widest gap"""
        X = [[0.0], [1.0], [2.0], [3.0], [10.0], [11.0]]
        check_equal(np.asarray(single_linkage_labels(X, 2)).tolist(), [0, 0, 0, 0, 1, 1], "labels for 2 clusters")

    def test_single_point(self):
        """One point: no heights and label 0"""
        check_equal(len(single_linkage_heights([[1.0, 2.0]])), 0, "number of heights")
        check_equal(np.asarray(single_linkage_labels([[1.0, 2.0]], 1)).tolist(), [0], "labels")

    def test_timed_many_points(self):
        """600 points in under 5 s, with sorted heights and the requested number of clusters"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(600, 2))
        start = time.perf_counter()
        h = np.asarray(single_linkage_heights(X))
        labels = np.asarray(single_linkage_labels(X, 5))
        elapsed = time.perf_counter() - start
        if elapsed > 5.0:
            fail("single linkage took %.2f s on 600 points; use a minimum spanning tree (Prim, O(n^2))" % elapsed, "< 5 s", "%.2f s" % elapsed)
        check(np.all(np.diff(h) >= 0), "heights must be non-decreasing", "sorted", h[:10])
        check_equal(int(labels.max()) + 1, 5, "number of clusters")

    def test_invalid_input_raises(self):
        """Empty, 1-D or non-finite X and bad n_clusters raise ValueError"""
        cases = {
            "empty": lambda: single_linkage_heights(np.empty((0, 2))),
            "1-D": lambda: single_linkage_heights([1.0, 2.0]),
            "NaN": lambda: single_linkage_heights([[1.0], [float("nan")]]),
            "0 clusters": lambda: single_linkage_labels([[1.0], [2.0]], 0),
            "too many clusters": lambda: single_linkage_labels([[1.0], [2.0]], 3),
            "float n_clusters": lambda: single_linkage_labels([[1.0], [2.0]], 1.0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """X is left unchanged"""
        X = np.array([[0.0, 0.0], [3.0, 1.0], [0.5, 0.2]])
        before = X.copy()
        single_linkage_heights(X)
        single_linkage_labels(X, 2)
        check(np.array_equal(X, before), "X must not be modified", before, X)


if __name__ == "__main__":
    unittest.main()
