import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import build_ivf, ivf_search

X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [10.0, 10.0], [11.0, 10.0], [5.0, 5.0]])
C = np.array([[0.0, 0.0], [10.0, 10.0]])


class VisibleTests(unittest.TestCase):
    def test_readme_one_probe(self):
        """nprobe 1: only the nearest list is scanned, short rows are padded"""
        ids, dists, scanned = ivf_search(build_ivf(X, C), np.array([[8.0, 8.0], [4.0, 4.0]]), k=3, nprobe=1)
        check_equal(np.asarray(ids), np.array([[3, 4, -1], [5, 1, 2]]), "ids")
        check_close(dists, [[8.0, 13.0, np.inf], [2.0, 25.0, 25.0]], 1e-9, 1e-9, "dists")
        check_equal(np.asarray(scanned), np.array([2, 4]), "scanned")

    def test_readme_two_probes(self):
        """nprobe 2 reaches vector 5 in the other list"""
        ids, dists, scanned = ivf_search(build_ivf(X, C), np.array([[8.0, 8.0]]), k=3, nprobe=2)
        check_equal(np.asarray(ids), np.array([[3, 4, 5]]), "ids")
        check_equal(np.asarray(scanned), np.array([6]), "scanned")

    def test_all_lists_is_exact(self):
        """Probing every list equals brute-force search"""
        rng = np.random.default_rng(0)
        data, cents, qs = rng.normal(size=(60, 3)), rng.normal(size=(5, 3)), rng.normal(size=(4, 3))
        ids, dists, _ = ivf_search(build_ivf(data, cents), qs, k=5, nprobe=5)
        d = ((qs[:, None, :] - data[None, :, :]) ** 2).sum(axis=2)
        check_equal(np.asarray(ids), np.argsort(d, axis=1, kind="stable")[:, :5], "ids")
        check_close(dists, np.sort(d, axis=1)[:, :5], 1e-9, 1e-9, "dists")


if __name__ == "__main__":
    unittest.main()
