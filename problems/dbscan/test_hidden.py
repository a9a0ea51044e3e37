import math
import unittest

import numpy as np

from mlreps_check import check, check_equal
from solution import dbscan


def _brute(X, eps, ms):
    pts = [tuple(float(v) for v in row) for row in X]
    n = len(pts)
    nb = [[j for j in range(n) if math.dist(pts[i], pts[j]) <= eps] for i in range(n)]
    core = [len(nb[i]) >= ms for i in range(n)]
    labels = [-1] * n
    c = 0
    for s in range(n):
        if core[s] and labels[s] == -1:
            labels[s] = c
            queue = [s]
            while queue:
                i = queue.pop(0)
                for j in nb[i]:
                    if core[j] and labels[j] == -1:
                        labels[j] = c
                        queue.append(j)
            c += 1
    for i in range(n):
        if not core[i]:
            cands = [(math.dist(pts[i], pts[j]), labels[j]) for j in nb[i] if core[j]]
            if cands:
                labels[i] = min(cands)[1]
    return labels, core


class HiddenTests(unittest.TestCase):
    def test_random_point_clouds(self):
        """Random blobs and noise with several eps and min_samples match a breadth-first reference"""
        rng = np.random.default_rng(24)
        for trial in range(12):
            k = int(rng.integers(1, 4))
            X = np.vstack([rng.normal(rng.uniform(-10, 10, size=2), rng.uniform(0.3, 1.5), size=(int(rng.integers(3, 25)), 2))
                           for _ in range(k)] + [rng.uniform(-12, 12, size=(int(rng.integers(0, 8)), 2))])
            eps = float(rng.uniform(0.5, 2.5))
            ms = int(rng.integers(1, 7))
            labels, core = dbscan(X, eps, ms)
            e_labels, e_core = _brute(X, eps, ms)
            what = " (trial %d, n=%d, eps=%.3f, min_samples=%d)" % (trial, len(X), eps, ms)
            check_equal(np.asarray(core).tolist(), e_core, "is_core" + what)
            check_equal(np.asarray(labels).tolist(), e_labels, "labels" + what)

    def test_border_points_do_not_chain(self):
        """A border point between a cluster and a sparse point does not pull that point in"""
        X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [2.2, 1.0], [3.4, 1.0]]
        labels, core = dbscan(X, 1.5, 4)
        check_equal(np.asarray(core).tolist(), [True, True, True, True, False, False], "is_core")
        check_equal(np.asarray(labels).tolist(), [0, 0, 0, 0, 0, -1], "labels")

    def test_border_goes_to_nearest_core(self):
        """A border point within eps of two clusters joins the one whose core is nearer (cluster 1 here)"""
        X = [[0.0], [0.1], [0.2], [0.3], [0.4], [3.0], [3.1], [3.2], [3.3], [3.4], [1.75]]
        labels, core = dbscan(X, 1.4, 5)
        check_equal(np.asarray(core).tolist(), [True] * 10 + [False], "is_core")
        check_equal(np.asarray(labels).tolist(), [0] * 5 + [1] * 5 + [1], "labels (the point at 1.75 is 1.25 from cluster 1, 1.35 from cluster 0)")

    def test_distance_equal_to_eps_counts(self):
        """Neighbours at distance exactly eps are inside the neighbourhood"""
        X = [[0.0], [1.0], [2.0], [5.0]]
        labels, core = dbscan(X, 1.0, 3)
        check_equal(np.asarray(core).tolist(), [False, True, False, False], "is_core")
        check_equal(np.asarray(labels).tolist(), [0, 0, 0, -1], "labels")

    def test_empty_and_types(self):
        """No points gives empty arrays; labels are int64 and flags bool"""
        labels, core = dbscan(np.empty((0, 2)), 1.0, 2)
        check(len(labels) == 0 and len(core) == 0, "empty input gives empty outputs", 0, len(labels))
        labels, core = dbscan([[0.0, 0.0], [0.1, 0.0]], 0.5, 2)
        check(np.asarray(labels).dtype == np.int64 and np.asarray(core).dtype == bool, "labels int64, is_core bool",
              "int64, bool", (np.asarray(labels).dtype, np.asarray(core).dtype))

    def test_invalid_input_raises(self):
        """Bad X, eps and min_samples raise ValueError"""
        cases = {
            "1-D X": lambda: dbscan([0.0, 1.0], 1.0, 2),
            "NaN": lambda: dbscan([[0.0], [float("nan")]], 1.0, 2),
            "eps 0": lambda: dbscan([[0.0]], 0.0, 2),
            "min_samples 0": lambda: dbscan([[0.0]], 1.0, 0),
            "float min_samples": lambda: dbscan([[0.0]], 1.0, 2.0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """X is left unchanged"""
        X = np.array([[0.0, 0.0], [0.5, 0.5], [4.0, 4.0]])
        before = X.copy()
        dbscan(X, 1.0, 2)
        check(np.array_equal(X, before), "X must not be modified", before, X)


if __name__ == "__main__":
    unittest.main()
