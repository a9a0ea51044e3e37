import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import build_ivf, ivf_search


def _sq(a, b):
    return float(sum((x - y) ** 2 for x, y in zip(a, b)))


def _expected(X, C, Q, k, nprobe):
    X, C, Q = np.asarray(X, dtype=float).tolist(), np.asarray(C, dtype=float).tolist(), np.asarray(Q, dtype=float).tolist()
    owner = [min(range(len(C)), key=lambda c: (_sq(x, C[c]), c)) for x in X]
    ids, dists, scanned = [], [], []
    for q in Q:
        probe = sorted(range(len(C)), key=lambda c: (_sq(q, C[c]), c))[:nprobe]
        cand = [i for i in range(len(X)) if owner[i] in probe]
        ranked = sorted(cand, key=lambda i: (_sq(q, X[i]), i))[:k]
        ids.append(ranked + [-1] * (k - len(ranked)))
        dists.append([_sq(q, X[i]) for i in ranked] + [np.inf] * (k - len(ranked)))
        scanned.append(len(cand))
    return np.array(ids), np.array(dists), np.array(scanned)


class HiddenTests(unittest.TestCase):
    def test_random_index_several_probes(self):
        """200 vectors, 8 lists, 6 queries, nprobe 1 to 3: ids, distances and scanned counts"""
        rng = np.random.default_rng(1)
        X, C, Q = rng.normal(size=(200, 4)), rng.normal(size=(8, 4)) * 1.5, rng.normal(size=(6, 4))
        index = build_ivf(X, C)
        for nprobe in (1, 2, 3):
            ids, dists, scanned = ivf_search(index, Q, 7, nprobe)
            eids, ed, es = _expected(X, C, Q, 7, nprobe)
            check_equal(np.asarray(ids), eids, "ids (nprobe %d)" % nprobe)
            check_close(dists, ed, 1e-9, 1e-9, "dists (nprobe %d)" % nprobe)
            check_equal(np.asarray(scanned), es, "scanned (nprobe %d)" % nprobe)

    def test_integer_grid_with_ties(self):
        """Integer points with many equal distances: centroid and candidate ties go to the smaller id"""
        X = np.array([[x, y] for x in range(5) for y in range(5)], dtype=float)
        C = np.array([[1.0, 1.0], [3.0, 3.0], [1.0, 3.0], [3.0, 1.0]])
        Q = np.array([[2.0, 2.0], [0.0, 4.0], [2.0, 0.0]])
        for nprobe in (1, 2, 4):
            ids, dists, scanned = ivf_search(build_ivf(X, C), Q, 6, nprobe)
            eids, ed, es = _expected(X, C, Q, 6, nprobe)
            check_equal(np.asarray(ids), eids, "ids (nprobe %d)" % nprobe)
            check_equal(np.asarray(scanned), es, "scanned (nprobe %d)" % nprobe)

    def test_nprobe_larger_than_nlist(self):
        """nprobe beyond nlist probes every list"""
        rng = np.random.default_rng(2)
        X, C, Q = rng.normal(size=(30, 2)), rng.normal(size=(3, 2)), rng.normal(size=(2, 2))
        _, _, scanned = ivf_search(build_ivf(X, C), Q, 4, 10)
        check_equal(np.asarray(scanned), np.array([30, 30]), "scanned")

    def test_probing_uses_euclidean_not_dot_product(self):
        """A long centroid with a large dot product but far away is not probed first"""
        X = np.array([[1.0, 0.0], [30.0, 30.0]])
        C = np.array([[1.0, 0.0], [30.0, 30.0]])
        ids, _, scanned = ivf_search(build_ivf(X, C), np.array([[2.0, 1.0]]), 1, 1)
        check_equal(np.asarray(ids), np.array([[0]]), "ids")
        check_equal(np.asarray(scanned), np.array([1]), "scanned")

    def test_distance_ties_across_lists(self):
        """Two candidates at the same distance in different lists: the smaller id wins even if its list is probed second"""
        X = np.array([[4.0, 2.0], [8.0, 2.0]])
        C = np.array([[0.0, 0.0], [10.0, 0.0]])
        ids, dists, _ = ivf_search(build_ivf(X, C), np.array([[6.0, 0.0]]), 2, 2)
        check_equal(np.asarray(ids), np.array([[0, 1]]), "ids")
        check_close(dists, [[8.0, 8.0]], 1e-9, 1e-9, "dists")

    def test_index_is_independent_of_later_changes(self):
        """Changing X after build_ivf does not change the results"""
        X = np.array([[0.0, 0.0], [3.0, 4.0]])
        index = build_ivf(X, np.array([[0.0, 0.0]]))
        X[0] = [100.0, 100.0]
        _, dists, _ = ivf_search(index, np.array([[0.0, 0.0]]), 2, 1)
        check_close(dists, [[0.0, 25.0]], 1e-9, 1e-9, "dists after modifying X")

    def test_empty_database(self):
        """No vectors at all: every slot padded, nothing scanned"""
        ids, dists, scanned = ivf_search(build_ivf(np.zeros((0, 2)), np.array([[0.0, 0.0]])), np.array([[1.0, 1.0]]), 2, 1)
        check_equal(np.asarray(ids), np.array([[-1, -1]]), "ids")
        check_equal(np.asarray(scanned), np.array([0]), "scanned")

    def test_invalid_arguments(self):
        """Wrong query width, k = 0 or nprobe = 0 raise ValueError"""
        index = build_ivf(np.zeros((3, 2)), np.zeros((1, 2)))
        with self.assertRaises(ValueError, msg="queries with 3 columns"):
            ivf_search(index, np.zeros((1, 3)), 1, 1)
        with self.assertRaises(ValueError, msg="k = 0"):
            ivf_search(index, np.zeros((1, 2)), 0, 1)
        with self.assertRaises(ValueError, msg="nprobe = 0"):
            ivf_search(index, np.zeros((1, 2)), 1, 0)
        with self.assertRaises(ValueError, msg="centroids with 3 columns"):
            build_ivf(np.zeros((3, 2)), np.zeros((1, 3)))


if __name__ == "__main__":
    unittest.main()
