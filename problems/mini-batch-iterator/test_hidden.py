import time
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import iterate_minibatches


def _y_batches(it):
    return [np.asarray(yb).tolist() for _, yb in it]


class HiddenTests(unittest.TestCase):
    def test_pairs_aligned_and_each_sample_once(self):
        """Random sizes: every sample appears exactly once and X rows stay with their y"""
        rng = np.random.default_rng(5)
        for trial in range(8):
            n, bs = int(rng.integers(1, 40)), int(rng.integers(1, 12))
            X = np.arange(n * 3).reshape(n, 3) * 10
            y = np.arange(n) * 7 + 1
            seen = []
            sizes = []
            for xb, yb in iterate_minibatches(X, y, bs, seed=trial):
                xb, yb = np.asarray(xb), np.asarray(yb)
                check_equal(xb[:, 0] // 30, (yb - 1) // 7, "sample of each X row vs its y (trial %d)" % trial)
                seen.extend(((yb - 1) // 7).tolist())
                sizes.append(len(yb))
            check_equal(sorted(seen), list(range(n)), "samples visited (trial %d)" % trial)
            expected_sizes = [bs] * (n // bs) + ([n % bs] if n % bs else [])
            check_equal(sizes, expected_sizes, "batch sizes for n=%d, batch_size=%d" % (n, bs))

    def test_global_random_state_untouched(self):
        """The global np.random state is unchanged and the same seed gives the same batches"""
        np.random.seed(1234)
        state = np.random.get_state()
        first = _y_batches(iterate_minibatches(np.zeros((20, 2)), np.arange(20), 6, seed=42))
        after = np.random.get_state()
        check(state[0] == after[0] and np.array_equal(state[1], after[1]) and state[2:] == after[2:],
              "iterate_minibatches must not use or change the global np.random state", "unchanged state", "changed state")
        second = _y_batches(iterate_minibatches(np.zeros((20, 2)), np.arange(20), 6, seed=42))
        check_equal(second, first, "batches from a second run with the same seed")
        perm = np.random.default_rng(42).permutation(20).tolist()
        check_equal(first, [perm[0:6], perm[6:12], perm[12:18], perm[18:]], "batches with seed=42")

    def test_is_lazy(self):
        """Taking the first batch of 1,000,000 samples with batch_size=1 is immediate (no list of all batches; 0.3 s CPU budget)"""
        # Building all 1,000,000 batches first costs about 3 s of CPU (10x the budget); a generator yields the first one in
        # well under 0.01 s. CPU time, so a loaded machine does not fail a correct answer.
        X = np.broadcast_to(np.float64(1.0), (1_000_000, 3))
        y = np.zeros(1_000_000)
        start = time.process_time()
        it = iterate_minibatches(X, y, 1, shuffle=False)
        check(hasattr(it, "__next__"), "iterate_minibatches must return an iterator (e.g. be a generator)", "an iterator", type(it).__name__)
        xb, yb = next(it)
        elapsed = time.process_time() - start
        check_shape(xb, (1, 3), "first X batch")
        check(elapsed < 0.3, "the first batch must come without building every batch first (took %.2f s of CPU, budget 0.3 s)" % elapsed,
              "< 0.3 s", "%.2f s" % elapsed)

    def test_batch_size_edges(self):
        """batch_size > n gives one batch (none with drop_last); n divisible gives no empty batch"""
        check_equal(_y_batches(iterate_minibatches(np.zeros((3, 1)), np.arange(3), 10, shuffle=False)), [[0, 1, 2]], "batch_size 10 for 3 samples")
        check_equal(_y_batches(iterate_minibatches(np.zeros((3, 1)), np.arange(3), 10, shuffle=False, drop_last=True)), [], "drop_last with batch_size 10 for 3 samples")
        check_equal(_y_batches(iterate_minibatches(np.zeros((6, 1)), np.arange(6), 3, shuffle=False, drop_last=True)), [[0, 1, 2], [3, 4, 5]], "6 samples in batches of 3")

    def test_higher_dimensional_x_and_lists(self):
        """X of shape (n, h, w) keeps its trailing shape; lists are accepted"""
        X = np.arange(4 * 2 * 3).reshape(4, 2, 3)
        batches = list(iterate_minibatches(X, [10, 11, 12, 13], 3, shuffle=False))
        check_shape(batches[0][0], (3, 2, 3), "first X batch of (4, 2, 3) data")
        check_equal(np.asarray(batches[1][0]), X[3:4], "second X batch")
        check_equal(np.asarray(batches[1][1]), np.array([13]), "second y batch from a list")
        lists = list(iterate_minibatches([[1, 2], [3, 4]], [5, 6], 1, shuffle=False))
        check_equal(np.asarray(lists[1][0]), np.array([[3, 4]]), "X batch from a list of lists")

    def test_inputs_not_modified(self):
        """X and y are unchanged after a shuffled epoch"""
        X = np.arange(30.0).reshape(10, 3)
        y = np.arange(10)
        X_copy, y_copy = X.copy(), y.copy()
        list(iterate_minibatches(X, y, 4, seed=3))
        check_equal(X, X_copy, "X after an epoch")
        check_equal(y, y_copy, "y after an epoch")

    def test_unshuffled_ignores_seed(self):
        """shuffle=False gives the original order whatever the seed"""
        got = _y_batches(iterate_minibatches(np.zeros((5, 1)), np.arange(5), 5, shuffle=False, seed=99))
        check_equal(got, [[0, 1, 2, 3, 4]], "unshuffled batches with seed=99")

    def test_invalid_arguments_raise(self):
        """Non-positive or non-integer batch_size and mismatched lengths raise ValueError"""
        X, y = np.zeros((4, 2)), np.zeros(4)
        cases = [
            ("batch_size = 0", lambda: list(iterate_minibatches(X, y, 0))),
            ("batch_size = -2", lambda: list(iterate_minibatches(X, y, -2))),
            ("batch_size = 2.5", lambda: list(iterate_minibatches(X, y, 2.5))),
            ("batch_size = '2'", lambda: list(iterate_minibatches(X, y, "2"))),
            ("y of length 3", lambda: list(iterate_minibatches(X, np.zeros(3), 2))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="iterate_minibatches with %s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
