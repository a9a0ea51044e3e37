import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape
from solution import lag_matrix, make_supervised

NAN = float("nan")


def check_same(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(a, e, equal_nan=True), "%s differs (NaN must match NaN)" % what, e, a)


class VisibleTests(unittest.TestCase):
    def test_lag_matrix_example(self):
        """lags [1, 3] on [10..14]: each column looks back 1 and 3 steps, NaN before the start"""
        got = lag_matrix([10, 11, 12, 13, 14], lags=[1, 3])
        check_same(got, [[NAN, NAN], [10, NAN], [11, NAN], [12, 10], [13, 11]], "lag_matrix([10..14], [1, 3])")

    def test_make_supervised_example(self):
        """make_supervised keeps the complete rows t = 3, 4 with targets 13, 14"""
        X, target, t = make_supervised([10, 11, 12, 13, 14], lags=[1, 3])
        check_same(X, [[12, 10], [13, 11]], "X")
        check_same(target, [13, 14], "target")
        check_equal(np.asarray(t).tolist(), [3, 4], "t")

    def test_lag_zero_is_refused(self):
        """A lag of 0 would copy the target into the features: ValueError"""
        with self.assertRaises(ValueError):
            lag_matrix([1.0, 2.0, 3.0], lags=[0, 1])
        with self.assertRaises(ValueError):
            make_supervised([1.0, 2.0, 3.0], lags=[0])


if __name__ == "__main__":
    unittest.main()
