import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape

from solution import groupby_aggregate

NAN = float("nan")


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], 1e-9, 1e-9, what)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Three string keys, one NaN value: the NaN-only key 'c' still appears"""
        r = groupby_aggregate(["b", "a", "b", "c", "a", "b"], [1.0, 4.0, 3.0, NAN, 6.0, 8.0])
        check_equal(np.asarray(r["keys"]).tolist(), ["a", "b", "c"], "keys")
        check_equal(np.asarray(r["count"]).tolist(), [2, 3, 0], "count")
        check_nan_close(r["sum"], [10, 12, 0], "sum")
        check_nan_close(r["mean"], [5, 4, NAN], "mean")
        check_nan_close(r["var"], [2, 13, NAN], "var")
        check_nan_close(r["min"], [4, 1, NAN], "min")
        check_nan_close(r["max"], [6, 8, NAN], "max")

    def test_integer_keys_sorted(self):
        """Integer keys come back sorted; a single-value group has NaN variance"""
        r = groupby_aggregate([30, 10, 30, 20], [2, 5, 4, 7])
        check_equal(np.asarray(r["keys"]).tolist(), [10, 20, 30], "keys")
        check_nan_close(r["mean"], [5, 7, 3], "mean")
        check_nan_close(r["var"], [NAN, NAN, 2], "var")

    def test_dtypes(self):
        """count is int64; the other statistics are float64"""
        r = groupby_aggregate([1, 1, 2], [1, 2, 3])
        check(np.asarray(r["count"]).dtype == np.int64, "count must be int64", "int64", np.asarray(r["count"]).dtype)
        for name in ("sum", "mean", "var", "min", "max"):
            check(np.asarray(r[name]).dtype == np.float64, "%s must be float64" % name, "float64", np.asarray(r[name]).dtype)


if __name__ == "__main__":
    unittest.main()
