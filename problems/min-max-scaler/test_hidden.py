import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import apply_min_max, fit_min_max

ATOL, RTOL = 1e-9, 1e-9


def _exact_scale(X, mins, maxs, lo, hi):
    # Rational arithmetic on the float inputs: no rounding until the final conversion.
    out = []
    for row in np.asarray(X, dtype=np.float64).tolist():
        new = []
        for x, a, b in zip(row, mins, maxs):
            width = Fraction(b) - Fraction(a)
            if width == 0:
                width = Fraction(1)
            new.append(float(Fraction(lo) + (Fraction(x) - Fraction(a)) / width * (Fraction(hi) - Fraction(lo))))
        out.append(new)
    return out


class HiddenTests(unittest.TestCase):
    def test_per_column_statistics(self):
        """Random columns on very different scales: per-column min and max, and exact scaling"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(20, 4)) * np.array([1e-3, 1.0, 1e3, 1e6]) + np.array([0.0, -5.0, 100.0, 3e6])
        mins, maxs = fit_min_max(X)
        check_close(mins, [min(c) for c in X.T.tolist()], 0, 0, "mins")
        check_close(maxs, [max(c) for c in X.T.tolist()], 0, 0, "maxs")
        check_close(apply_min_max(X, mins, maxs), _exact_scale(X, X.min(0), X.max(0), 0.0, 1.0), ATOL, RTOL, "scaled rows")

    def test_large_values_small_width(self):
        """Values near 1e9 with widths of a few units keep full accuracy"""
        X = 1e9 + np.array([[0.0, 0.25], [1.5, 2.0], [3.0, 0.5], [0.75, 4.0]])
        X_new = 1e9 + np.array([[0.5, 1.0], [-1.0, 6.0]])
        mins, maxs = fit_min_max(X)
        expected = _exact_scale(X_new, [1e9, 1e9 + 0.25], [1e9 + 3.0, 1e9 + 4.0], -2.0, 5.0)
        check_close(apply_min_max(X_new, mins, maxs, feature_range=(-2.0, 5.0)), expected, ATOL, RTOL, "scaling values near 1e9")

    def test_apply_uses_given_statistics(self):
        """apply_min_max uses the training statistics, not the statistics of the rows it scales"""
        mins, maxs = np.array([0.0, -10.0]), np.array([10.0, 10.0])
        X_test = np.array([[2.0, 0.0], [4.0, 5.0]])
        check_close(apply_min_max(X_test, mins, maxs), [[0.2, 0.5], [0.4, 0.75]], ATOL, RTOL, "test rows with training statistics")

    def test_constant_column_and_zero_rows(self):
        """A constant training column is shifted, not divided by zero; zero test rows give shape (0, d)"""
        X = np.array([[7.0, 1.0], [7.0, 2.0]])
        mins, maxs = fit_min_max(X)
        got = apply_min_max(np.array([[7.0, 1.5], [9.5, 2.0]]), mins, maxs)
        check(np.all(np.isfinite(got)), "output must be finite for a constant column", "finite", got)
        check_close(got, [[0.0, 0.5], [2.5, 1.0]], ATOL, RTOL, "constant column")
        empty = apply_min_max(np.zeros((0, 2)), mins, maxs)
        check_shape(empty, (0, 2), "scaling zero rows")

    def test_clip_with_custom_range(self):
        """clip=True clips to the custom range, not to [0, 1]"""
        mins, maxs = np.array([0.0]), np.array([4.0])
        got = apply_min_max(np.array([[-4.0], [2.0], [12.0]]), mins, maxs, feature_range=(10, 20), clip=True)
        check_close(got, [[10.0], [15.0], [20.0]], ATOL, RTOL, "clip into (10, 20)")

    def test_integer_lists(self):
        """Integer lists are accepted and give float64 arrays"""
        mins, maxs = fit_min_max([[1, 4], [3, 8]])
        got = apply_min_max([[2, 5]], mins, maxs)
        for name, v in (("mins", mins), ("maxs", maxs), ("output", got)):
            check(isinstance(v, np.ndarray) and v.dtype == np.float64, "%s must be a float64 array" % name, "float64",
                  getattr(v, "dtype", type(v).__name__))
        check_close(got, [[0.5, 0.25]], ATOL, RTOL, "scaled integer row")

    def test_inputs_not_modified(self):
        """X, mins and maxs are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, 8.0], [2.0, 5.0]])
        X_copy = X.copy()
        mins, maxs = fit_min_max(X)
        m_copy, M_copy = np.array(mins, copy=True), np.array(maxs, copy=True)
        apply_min_max(X, mins, maxs, feature_range=(-1, 1), clip=True)
        check_equal(X, X_copy, "X after the calls")
        check_equal(np.asarray(mins), m_copy, "mins after apply_min_max")
        check_equal(np.asarray(maxs), M_copy, "maxs after apply_min_max")

    def test_invalid_input_raises(self):
        """1-D X, zero rows to fit, wrong statistic shapes and lo >= hi raise ValueError"""
        mins, maxs = np.zeros(2), np.ones(2)
        cases = [
            ("fit on a 1-D array", lambda: fit_min_max(np.arange(3.0))),
            ("fit on zero rows", lambda: fit_min_max(np.zeros((0, 2)))),
            ("apply on a 1-D array", lambda: apply_min_max(np.arange(2.0), mins, maxs)),
            ("mins of shape (3,)", lambda: apply_min_max(np.zeros((1, 2)), np.zeros(3), maxs)),
            ("maxs of shape (2, 1)", lambda: apply_min_max(np.zeros((1, 2)), mins, np.ones((2, 1)))),
            ("feature_range (1, 1)", lambda: apply_min_max(np.zeros((1, 2)), mins, maxs, feature_range=(1, 1))),
            ("feature_range (1, 0)", lambda: apply_min_max(np.zeros((1, 2)), mins, maxs, feature_range=(1, 0))),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
