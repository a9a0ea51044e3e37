import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import permutation_importance


def neg_mse(t, p):
    return -float(np.mean((np.asarray(t) - np.asarray(p)) ** 2))


def accuracy(t, p):
    return float(np.mean(np.asarray(t) == np.asarray(p)))


def _protocol(predict, X, y, metric, n_repeats, seed):
    # The documented procedure, one fresh matrix per evaluation.
    X = np.array(X, dtype=float)
    rng = np.random.default_rng(seed)
    base = metric(y, predict(X.copy()))
    raw = np.zeros((X.shape[1], n_repeats))
    for j in range(X.shape[1]):
        for r in range(n_repeats):
            perm = rng.permutation(X.shape[0])
            M = X.copy()
            M[:, j] = X[perm, j]
            raw[j, r] = base - metric(y, predict(M))
    return raw


class HiddenTests(unittest.TestCase):
    def test_linear_model_against_protocol(self):
        """A linear model with noise: raw, mean and std follow the documented draws"""
        rng = np.random.default_rng(7)
        X = rng.normal(size=(40, 4))
        w = np.array([2.0, 0.0, -1.0, 0.5])
        y = X @ w + 0.1 * rng.normal(size=40)
        predict = lambda A: A @ w
        expected = _protocol(predict, X, y, neg_mse, 6, 123)
        mean, std, raw = permutation_importance(predict, X, y, neg_mse, n_repeats=6, seed=123)
        check_close(raw, expected, 1e-12, 0, "raw")
        check_close(mean, expected.mean(axis=1), 1e-12, 0, "mean")
        check_close(std, expected.std(axis=1), 1e-12, 0, "std (ddof = 0)")

    def test_interaction_model_sees_original_columns(self):
        """A model multiplying two features: each permutation changes only its own column"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(25, 3))
        y = (X[:, 0] * X[:, 1] > 0).astype(int)
        predict = lambda A: (A[:, 0] * A[:, 1] > 0).astype(int)
        expected = _protocol(predict, X, y, accuracy, 5, 9)
        _, _, raw = permutation_importance(predict, X, y, accuracy, n_repeats=5, seed=9)
        check_close(raw, expected, 1e-12, 0, "raw for an interaction model")

    def test_predict_call_count(self):
        """predict is called 1 + d * n_repeats times"""
        calls = []

        def predict(A):
            calls.append(1)
            return A.sum(axis=1)

        X = np.arange(24.0).reshape(8, 3)
        permutation_importance(predict, X, X.sum(axis=1), neg_mse, n_repeats=4, seed=0)
        check_equal(len(calls), 1 + 3 * 4, "number of predict calls")

    def test_global_random_state_untouched(self):
        """The global np.random state is unchanged"""
        np.random.seed(99)
        before = np.random.get_state()
        X = np.random.default_rng(0).normal(size=(10, 2))
        permutation_importance(lambda A: A[:, 0], X, X[:, 0], neg_mse, 3, seed=1)
        after = np.random.get_state()
        check(np.array_equal(before[1], after[1]) and before[2:] == after[2:], "the global np.random state must not change",
              "unchanged", "changed")

    def test_inputs_not_modified(self):
        """X and y are left unchanged, even though columns are permuted along the way"""
        X = np.arange(30.0).reshape(10, 3)
        y = X[:, 0] * 1.0
        X0, y0 = X.copy(), y.copy()
        permutation_importance(lambda A: A[:, 0], X, y, neg_mse, 3, seed=2)
        check_equal(X, X0, "X after the call")
        check_equal(y, y0, "y after the call")

    def test_invalid_input_raises(self):
        """Bad shapes and n_repeats raise ValueError"""
        X, y = np.zeros((4, 2)), np.zeros(4)
        f = lambda A: A[:, 0]
        cases = [
            ("1-D X", lambda: permutation_importance(f, np.zeros(4), y, neg_mse)),
            ("a single row", lambda: permutation_importance(f, np.zeros((1, 2)), np.zeros(1), neg_mse)),
            ("y of length 3", lambda: permutation_importance(f, X, np.zeros(3), neg_mse)),
            ("n_repeats = 0", lambda: permutation_importance(f, X, y, neg_mse, n_repeats=0)),
            ("n_repeats = 2.5", lambda: permutation_importance(f, X, y, neg_mse, n_repeats=2.5)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
