import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises
from solution import train_test_split_indices


def _as_list(a):
    return [int(v) for v in np.asarray(a).ravel()]


class HiddenTests(unittest.TestCase):
    def test_round_half_up(self):
        """Exact halves round up: n=5 with 0.5 gives 3 test indices, n=4 with 0.125 gives 1"""
        for n, frac, n_test in [(5, 0.5, 3), (4, 0.125, 1), (10, 0.25, 3), (8, 0.3125, 3)]:
            train, test = train_test_split_indices(n, frac, seed=1)
            check_equal(len(_as_list(test)), n_test, "test size for n=%d, test_fraction=%g" % (n, frac))
            check_equal(len(_as_list(train)), n - n_test, "train size for n=%d, test_fraction=%g" % (n, frac))

    def test_round_to_nearest(self):
        """Non-half products round to the nearest integer (7 * 0.2 = 1.4 gives 1, 9 * 0.3 = 2.7 gives 3)"""
        for n, frac, n_test in [(7, 0.2, 1), (9, 0.3, 3), (100, 0.33, 33), (100, 0.666, 67)]:
            _, test = train_test_split_indices(n, frac, seed=2)
            check_equal(len(_as_list(test)), n_test, "test size for n=%d, test_fraction=%g" % (n, frac))

    def test_clamped_to_non_empty_parts(self):
        """Tiny and huge fractions are clamped so both parts keep at least one index"""
        _, test = train_test_split_indices(10, 0.01, seed=0)
        check_equal(len(_as_list(test)), 1, "test size for n=10, test_fraction=0.01")
        train, test = train_test_split_indices(10, 0.99, seed=0)
        check_equal(len(_as_list(train)), 1, "train size for n=10, test_fraction=0.99")
        train, test = train_test_split_indices(2, 0.5, seed=4)
        check_equal(sorted(_as_list(train) + _as_list(test)), [0, 1], "union for n=2")
        check_equal((len(_as_list(train)), len(_as_list(test))), (1, 1), "sizes for n=2")

    def test_invalid_arguments_raise(self):
        """test_fraction of 0, 1 or outside (0, 1), and n < 2, raise ValueError"""
        for n, frac in [(10, 0.0), (10, 1.0), (10, -0.2), (10, 1.5), (1, 0.5), (0, 0.5)]:
            check_raises(ValueError, train_test_split_indices, n, frac, seed=0, what="n=%d, test_fraction=%g" % (n, frac))

    def test_disjoint_cover_randomized(self):
        """Across many n, fractions and seeds, the parts are disjoint, cover 0..n-1 and are integer arrays"""
        rng = np.random.default_rng(99)
        for trial in range(30):
            n = int(rng.integers(2, 200))
            frac = float(rng.uniform(0.05, 0.95))
            seed = int(rng.integers(0, 10_000))
            train, test = train_test_split_indices(n, frac, seed)
            check(np.issubdtype(np.asarray(train).dtype, np.integer) and np.issubdtype(np.asarray(test).dtype, np.integer),
                  "indices must be integer arrays", "integer dtype", (str(np.asarray(train).dtype), str(np.asarray(test).dtype)))
            tr, te = _as_list(train), _as_list(test)
            check_equal(sorted(tr + te), list(range(n)), "sorted union of both parts (n=%d, seed=%d)" % (n, seed))
            check(not (set(tr) & set(te)), "train and test must not overlap (n=%d, seed=%d)" % (n, seed),
                  "no shared index", sorted(set(tr) & set(te)))

    def test_actually_shuffled(self):
        """The test part is not a fixed block such as the first or last indices"""
        for seed in range(5):
            train, test = train_test_split_indices(100, 0.2, seed=seed)
            te = sorted(_as_list(test))
            check(te != list(range(20)), "test part must not be the first 20 indices (seed %d)" % seed,
                  "a random subset", te)
            check(te != list(range(80, 100)), "test part must not be the last 20 indices (seed %d)" % seed,
                  "a random subset", te)
            check(te[-1] - te[0] > 19, "test part must not be a contiguous block (seed %d)" % seed,
                  "a random subset", te)

    def test_each_index_equally_likely(self):
        """Over 2000 seeds every index lands in the test part about 30% of the time"""
        counts = np.zeros(10)
        for seed in range(2000):
            _, test = train_test_split_indices(10, 0.3, seed=seed)
            counts[np.asarray(test, dtype=np.int64)] += 1
        freq = counts / 2000
        check(np.all(np.abs(freq - 0.3) <= 0.06), "each index should be in the test part with frequency 0.3 +- 0.06",
              [0.3] * 10, freq)


class GapTests(unittest.TestCase):
    def test_global_random_state_untouched(self):
        """Randomness comes only from a generator built from seed: the global np.random state is unchanged"""
        np.random.seed(77)
        before = np.random.get_state()
        train_test_split_indices(50, 0.2, seed=3)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "train_test_split_indices changed the global np.random state; use rng = np.random.default_rng(seed)", "unchanged", "changed")


if __name__ == "__main__":
    unittest.main()
