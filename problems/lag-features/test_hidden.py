import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import lag_matrix, make_supervised


def check_same(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(a, e, equal_nan=True), "%s differs (NaN must match NaN)" % what, e, a)


def _loop_lags(y, lags):
    out = []
    for t in range(len(y)):
        out.append([float(y[t - lag]) if t - lag >= 0 else float("nan") for lag in lags])
    return np.array(out, dtype=float).reshape(len(y), len(lags))


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random series and unordered lag sets match a double loop"""
        rng = np.random.default_rng(0)
        for trial in range(15):
            n = int(rng.integers(1, 40))
            lags = rng.choice(np.arange(1, 12), size=int(rng.integers(1, 5)), replace=False).tolist()
            y = rng.normal(size=n)
            check_same(lag_matrix(y, lags), _loop_lags(y, lags), "lag_matrix (trial %d, n=%d, lags=%s)" % (trial, n, lags))
            X, target, t = make_supervised(y, lags)
            start = max(lags)
            full = _loop_lags(y, lags)
            check_same(X, full[start:] if n > start else np.empty((0, len(lags))), "X (trial %d)" % trial)
            check_same(target, y[start:] if n > start else np.empty(0), "target (trial %d)" % trial)
            check_equal(np.asarray(t).tolist(), list(range(start, n)), "t (trial %d)" % trial)

    def test_no_value_from_the_future(self):
        """On y = t every feature is strictly below its target: no lag looks at or past t"""
        y = np.arange(50)
        X, target, _ = make_supervised(y, [2, 5, 1])
        check(np.all(X < target[:, None]), "every lag feature must come from before the target", "X < target", X[:3])
        check_same(X[0], [3, 0, 4], "first complete row for lags [2, 5, 1]")

    def test_no_wraparound(self):
        """The first rows are NaN, never values wrapped from the end of the series"""
        got = lag_matrix([1.0, 2.0, 3.0, 4.0], [2])
        check_same(got, [[np.nan], [np.nan], [1.0], [2.0]], "lag_matrix([1, 2, 3, 4], [2])")

    def test_series_shorter_than_the_largest_lag(self):
        """n <= max(lags): lag_matrix is all NaN and make_supervised returns empty arrays of the right shapes"""
        check_same(lag_matrix([5.0, 6.0], [3, 1]), [[np.nan, np.nan], [np.nan, 5.0]], "lag_matrix of 2 values, lags [3, 1]")
        X, target, t = make_supervised([5.0, 6.0, 7.0], [3])
        check_shape(X, (0, 1), "X")
        check_shape(target, (0,), "target")
        check_shape(t, (0,), "t")

    def test_dtypes(self):
        """Integer input gives float64 matrices and integer time indices"""
        M = lag_matrix([1, 2, 3], [1])
        X, target, t = make_supervised([1, 2, 3], [1])
        check(np.asarray(M).dtype == np.float64, "lag_matrix must be float64", "float64", np.asarray(M).dtype)
        check(np.asarray(X).dtype == np.float64 and np.asarray(target).dtype == np.float64, "X and target must be float64",
              "float64", (np.asarray(X).dtype, np.asarray(target).dtype))
        check(np.issubdtype(np.asarray(t).dtype, np.integer), "t must hold integers", "an integer dtype", np.asarray(t).dtype)

    def test_invalid_input_raises(self):
        """Negative, float, bool, repeated or missing lags and a 2-D series raise ValueError"""
        y = [1.0, 2.0, 3.0, 4.0]
        for name, args in {
            "negative lag": (y, [-1]),
            "float lag": (y, [1.0]),
            "bool lag": (y, [True]),
            "repeated lag": (y, [1, 1]),
            "no lags": (y, []),
            "2-D series": ([y], [1]),
        }.items():
            with self.assertRaises(ValueError, msg="lag_matrix with %s should raise ValueError" % name):
                lag_matrix(*args)
            with self.assertRaises(ValueError, msg="make_supervised with %s should raise ValueError" % name):
                make_supervised(*args)

    def test_input_not_modified(self):
        """y is left unchanged, and changing the returned target does not change y"""
        y = np.array([3.0, 1.0, 4.0, 1.0, 5.0])
        before = y.copy()
        lag_matrix(y, [1, 2])
        _, target, _ = make_supervised(y, [1])
        target[:] = -1
        check_same(y, before, "y after the calls")


if __name__ == "__main__":
    unittest.main()
