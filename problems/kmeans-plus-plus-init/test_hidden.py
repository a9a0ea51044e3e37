import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import kmeans_plus_plus


def _slow_kmeanspp(X, k, rng):
    # The README procedure with plain-Python distances and the same rng calls.
    rows = [list(map(float, r)) for r in X]
    n = len(rows)

    def sq(a, b):
        return sum((u - v) ** 2 for u, v in zip(a, b))

    chosen = [int(rng.integers(n))]
    while len(chosen) < k:
        d2 = np.array([min(sq(r, rows[c]) for c in chosen) for r in rows])
        chosen.append(int(rng.choice(n, p=d2 / d2.sum())))
    return np.array(chosen)


class HiddenTests(unittest.TestCase):
    def test_random_data_exact_sequence(self):
        """Random data: the drawn indices match a plain-Python version using the same rng calls"""
        data_rng = np.random.default_rng(100)
        for trial in range(6):
            X = data_rng.normal(size=(40, 3)) * (trial + 1)
            for k in (2, 5, 9):
                seed = 10 * trial + k
                _orig_X = copy.deepcopy(X)
                _orig_k = copy.deepcopy(k)
                _, got = kmeans_plus_plus(X, k, np.random.default_rng(seed))
                expected = _slow_kmeanspp(_orig_X, _orig_k, np.random.default_rng(seed))
                check_equal(np.asarray(got), expected, "indices (trial %d, k=%d)" % (trial, k))

    def test_indices_distinct_and_centers_are_rows(self):
        """Indices are distinct, in range, and centers equal X[indices]"""
        X = np.random.default_rng(1).normal(size=(30, 4))
        for seed in range(8):
            centers, indices = kmeans_plus_plus(X, 12, np.random.default_rng(seed))
            idx = np.asarray(indices)
            check_shape(idx, (12,), "indices")
            check(np.issubdtype(idx.dtype, np.integer), "indices must be integers", "an integer dtype", str(idx.dtype))
            check(len(set(idx.tolist())) == 12, "indices must be distinct (seed %d)" % seed, "12 distinct", idx)
            check(idx.min() >= 0 and idx.max() < 30, "indices must lie in 0..n-1", "0..29", idx)
            check_close(centers, X[idx], 1e-12, 0, "centers vs X[indices] (seed %d)" % seed)

    def test_duplicates_never_chosen_twice(self):
        """With heavily duplicated rows, the centres are still distinct points"""
        base = np.array([[0.0, 0.0], [5.0, 0.0], [0.0, 5.0], [5.0, 5.0]])
        X = np.repeat(base, 6, axis=0)
        for seed in range(10):
            centers, _ = kmeans_plus_plus(X, 4, np.random.default_rng(seed))
            uniq = np.unique(np.asarray(centers), axis=0)
            check(len(uniq) == 4, "the 4 centres must be 4 different points (seed %d)" % seed,
                  "4 distinct rows", np.asarray(centers))

    def test_k_equals_n_is_a_permutation(self):
        """k = n with distinct rows returns every index exactly once"""
        X = np.random.default_rng(2).normal(size=(7, 2))
        _, indices = kmeans_plus_plus(X, 7, np.random.default_rng(3))
        check_equal(sorted(np.asarray(indices).tolist()), list(range(7)), "sorted indices for k=n")

    def test_four_tight_blobs_get_one_centre_each(self):
        """Four tight, far-apart blobs: k=4 puts exactly one centre in each"""
        rng = np.random.default_rng(4)
        means = np.array([[0.0, 0.0], [100.0, 0.0], [0.0, 100.0], [100.0, 100.0]])
        X = np.vstack([m + 0.01 * rng.normal(size=(10, 2)) for m in means])
        for seed in range(10):
            _, indices = kmeans_plus_plus(X, 4, np.random.default_rng(seed))
            blobs = sorted(int(i) // 10 for i in np.asarray(indices))
            check_equal(blobs, [0, 1, 2, 3], "blob of each centre (seed %d)" % seed)

    def test_probabilities_proportional_to_squared_distance(self):
        """Over many seeds the second draw follows D^2: from point 0, row 2 (D^2=9) is drawn about 90% of the time"""
        X = np.array([[0.0], [1.0], [3.0]])
        hits = total = 0
        for seed in range(3000):
            _, indices = kmeans_plus_plus(X, 2, np.random.default_rng(seed))
            idx = np.asarray(indices)
            if idx[0] == 0:
                total += 1
                hits += int(idx[1] == 2)
        freq = hits / total
        check(abs(freq - 0.9) < 0.04, "P(second = row 2 | first = row 0) should be 9/10", 0.9, freq)

    def test_input_unchanged(self):
        """X is not modified"""
        X = np.random.default_rng(5).normal(size=(10, 3))
        Xc = X.copy()
        kmeans_plus_plus(X, 3, np.random.default_rng(0))
        check_equal(X, Xc, "X after the call")


class GapTests(unittest.TestCase):
    def test_global_random_state_untouched(self):
        """Only the rng argument is used: the global np.random state is unchanged"""
        np.random.seed(5)
        before = np.random.get_state()
        kmeans_plus_plus(np.random.default_rng(2).normal(size=(30, 2)), 4, np.random.default_rng(3))
        after = np.random.get_state()
        same = before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:]
        check(same, "kmeans_plus_plus changed the global np.random state: take every random number from the rng argument", "unchanged", "changed")

    def test_integer_data_gives_float_centers(self):
        """Integer X: centers are a float64 array equal to the chosen rows"""
        X = np.array([[0, 0], [1, 0], [0, 1], [10, 10], [11, 10], [10, 11]])
        centers, indices = kmeans_plus_plus(X, 3, np.random.default_rng(1))
        check_equal(np.asarray(indices), np.array([2, 5, 0]), "indices for integer X")
        check(isinstance(centers, np.ndarray) and centers.dtype == np.float64, "centers must be float64 for integer X", "float64", getattr(centers, "dtype", type(centers).__name__))


if __name__ == "__main__":
    unittest.main()
