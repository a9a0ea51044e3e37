import math
import statistics
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import fit_imputer, transform_imputer

NAN = float("nan")


def _expected_fill(X, strategy):
    out = []
    for col in np.asarray(X, dtype=float).T.tolist():
        obs = [v for v in col if not math.isnan(v)]
        out.append(0.0 if not obs else (statistics.fmean(obs) if strategy == "mean" else statistics.median(obs)))
    return out


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random matrices with missing values: fill values, indicators and output match loops"""
        rng = np.random.default_rng(15)
        for trial in range(10):
            n, d = int(rng.integers(1, 30)), int(rng.integers(1, 6))
            X = rng.normal(size=(n, d)) * 10
            X[rng.random((n, d)) < 0.25] = np.nan
            strategy = "mean" if trial % 2 else "median"
            state = fit_imputer(X, strategy=strategy)
            fill = _expected_fill(X, strategy)
            cols = [j for j in range(d) if np.isnan(X[:, j]).any()]
            what = " (trial %d, %s)" % (trial, strategy)
            check_close(state["fill"], fill, 1e-12, 1e-12, "fill" + what)
            check_equal(np.asarray(state["indicator_columns"]).tolist(), cols, "indicator_columns" + what)
            Z = rng.normal(size=(5, d))
            Z[rng.random((5, d)) < 0.3] = np.nan
            expected = [[fill[j] if math.isnan(Z[i, j]) else Z[i, j] for j in range(d)] + [float(math.isnan(Z[i, j])) for j in cols]
                        for i in range(5)]
            got = transform_imputer(Z, state)
            check_shape(got, (5, d + len(cols)), "transformed shape" + what)
            check_close(got, expected, 1e-12, 1e-12, "transformed Z" + what)

    def test_indicator_kept_when_nothing_missing(self):
        """A fitted indicator column is still added (all zeros) when the new data has no NaN"""
        state = fit_imputer([[1.0, NAN], [2.0, 3.0]])
        got = transform_imputer([[5.0, 6.0]], state)
        check_close(got, [[5.0, 6.0, 0.0]], 1e-12, 1e-12, "transform without missing values")

    def test_all_missing_column_and_no_missing_at_all(self):
        """An all-NaN column gets fill 0; data without NaN gets no indicator columns"""
        state = fit_imputer([[NAN, 1.0], [NAN, 2.0]])
        check_close(state["fill"], [0.0, 1.5], 1e-12, 1e-12, "fill with an all-NaN column")
        clean = fit_imputer([[1.0, 2.0], [3.0, 4.0]])
        check_shape(transform_imputer([[NAN, 0.0]], clean), (1, 2), "transform with no fitted indicators")

    def test_median_even_count(self):
        """The median of an even number of values is the mean of the middle two"""
        state = fit_imputer([[1.0], [100.0], [3.0], [NAN], [4.0]])
        check_close(state["fill"], [3.5], 1e-12, 1e-12, "median of [1, 100, 3, 4]")

    def test_transform_does_not_refit(self):
        """Transform uses the fitted values even when the new data's own median differs"""
        state = fit_imputer([[0.0], [NAN], [2.0]])
        got = transform_imputer([[NAN], [100.0], [200.0]], state)
        check_close(np.asarray(got)[:, 0], [1.0, 100.0, 200.0], 1e-12, 1e-12, "filled column")

    def test_invalid_input_raises(self):
        """1-D input, infinities, no rows, column mismatch and unknown strategy raise ValueError"""
        state = fit_imputer([[1.0, 2.0]])
        cases = {
            "1-D X": lambda: fit_imputer([1.0, 2.0]),
            "infinity": lambda: fit_imputer([[1.0, float("inf")]]),
            "no rows": lambda: fit_imputer(np.empty((0, 2))),
            "unknown strategy": lambda: fit_imputer([[1.0]], strategy="mode"),
            "column mismatch": lambda: transform_imputer([[1.0, 2.0, 3.0]], state),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """Neither fit nor transform fills the caller's array in place"""
        X = np.array([[1.0, NAN], [NAN, 4.0]])
        before = X.copy()
        state = fit_imputer(X)
        transform_imputer(X, state)
        check(np.array_equal(X, before, equal_nan=True), "X must not be modified", before, X)


if __name__ == "__main__":
    unittest.main()
