import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import bagging_regressor


def fit_linear(Xb, yb):
    A = np.hstack([Xb, np.ones((len(Xb), 1))])
    beta = np.linalg.lstsq(A, yb, rcond=None)[0]
    return lambda Q: np.hstack([Q, np.ones((len(Q), 1))]) @ beta


def fit_stump(Xb, yb):
    # Predict the mean on each side of the median of feature 0.
    t = float(np.median(Xb[:, 0]))
    left = yb[Xb[:, 0] <= t]
    right = yb[Xb[:, 0] > t]
    lo = float(left.mean()) if len(left) else float(yb.mean())
    hi = float(right.mean()) if len(right) else float(yb.mean())
    return lambda Q: np.where(Q[:, 0] <= t, lo, hi)


def _protocol(X, y, Xt, fit, B, seed):
    rng = np.random.default_rng(seed)
    n = len(y)
    test = np.zeros(len(Xt))
    sums, counts = np.zeros(n), np.zeros(n)
    for _ in range(B):
        idx = rng.integers(0, n, size=n)
        model = fit(X[idx], y[idx])
        test += model(Xt)
        for i in range(n):
            if i not in set(idx.tolist()):
                sums[i] += model(X[i:i + 1])[0]
                counts[i] += 1
    oob = np.where(counts > 0, sums / np.where(counts > 0, counts, 1), np.nan)
    return test / B, oob


def _check_oob(got, expected, what):
    got = np.asarray(got, dtype=np.float64)
    check_equal(np.isnan(got), np.isnan(expected), "%s: positions of nan" % what)
    check_close(got[~np.isnan(expected)], expected[~np.isnan(expected)], 1e-12, 0, what)


class HiddenTests(unittest.TestCase):
    def test_linear_base_against_protocol(self):
        """Bagged least squares: test and OOB predictions follow the documented draws"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(30, 2))
        y = X @ np.array([1.0, -2.0]) + rng.normal(size=30)
        Xt = rng.normal(size=(5, 2))
        et, eo = _protocol(X, y, Xt, fit_linear, 15, 21)
        test_pred, oob = bagging_regressor(X, y, Xt, fit_linear, n_estimators=15, seed=21)
        check_close(test_pred, et, 1e-12, 0, "test_pred with a linear base model")
        _check_oob(oob, eo, "OOB predictions with a linear base model")

    def test_stump_base_against_protocol(self):
        """Bagged stumps on a step function, with some rows possibly never out of bag"""
        rng = np.random.default_rng(8)
        X = rng.uniform(0, 1, size=(12, 1))
        y = (X[:, 0] > 0.5) * 3.0 + rng.normal(size=12) * 0.1
        et, eo = _protocol(X, y, X, fit_stump, 4, 2)
        test_pred, oob = bagging_regressor(X, y, X, fit_stump, n_estimators=4, seed=2)
        check_close(test_pred, et, 1e-12, 0, "test_pred with stumps")
        _check_oob(oob, eo, "OOB predictions with stumps")

    def test_global_random_state_untouched(self):
        """The global np.random state is unchanged"""
        np.random.seed(3)
        before = np.random.get_state()
        X = np.arange(10.0)[:, None]
        bagging_regressor(X, np.arange(10.0), X, fit_linear, n_estimators=5, seed=0)
        after = np.random.get_state()
        check(np.array_equal(before[1], after[1]) and before[2:] == after[2:], "the global np.random state must not change",
              "unchanged", "changed")

    def test_inputs_not_modified(self):
        """X, y and X_test are unchanged even when the base model writes into its arrays"""
        def fit_vandal(Xb, yb):
            m = float(yb.mean())
            Xb[:] = 0.0
            yb[:] = -1.0

            def predict(A):
                A[:] = 0.0
                return np.full(len(A), m)
            return predict

        X = np.arange(12.0).reshape(6, 2)
        y = np.arange(6.0)
        Xt = np.ones((2, 2))
        copies = (X.copy(), y.copy(), Xt.copy())
        bagging_regressor(X, y, Xt, fit_vandal, n_estimators=3, seed=0)
        for name, a, b in zip(("X", "y", "X_test"), (X, y, Xt), copies):
            check_equal(a, b, "%s after the call" % name)

    def test_empty_test_set_and_types(self):
        """Zero test rows give shape (0,); outputs are float64"""
        X = np.arange(8.0).reshape(4, 2)
        test_pred, oob = bagging_regressor(X, [1, 2, 3, 4], np.zeros((0, 2)), fit_linear, n_estimators=2, seed=0)
        check_equal(np.asarray(test_pred).shape, (0,), "shape of test_pred for zero test rows")
        check(np.asarray(oob).dtype == np.float64, "oob_pred must be float64", "float64", np.asarray(oob).dtype)

    def test_invalid_input_raises(self):
        """Shape mismatches and bad n_estimators raise ValueError"""
        X, y = np.zeros((4, 2)), np.zeros(4)
        fit = lambda Xb, yb: (lambda A: np.zeros(len(A)))
        cases = [
            ("1-D X", lambda: bagging_regressor(np.zeros(4), y, X, fit)),
            ("y of length 3", lambda: bagging_regressor(X, np.zeros(3), X, fit)),
            ("X_test with 3 columns", lambda: bagging_regressor(X, y, np.zeros((2, 3)), fit)),
            ("n_estimators = 0", lambda: bagging_regressor(X, y, X, fit, n_estimators=0)),
            ("n_estimators = 2.5", lambda: bagging_regressor(X, y, X, fit, n_estimators=2.5)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
