import unittest

import numpy as np

from mlreps_check import check, check_equal
from solution import point_in_time_join

FE = np.array([1, 2, 1, 1, 2])
FT = np.array([10, 5, 20, 20, 30])
FV = np.array([0.1, 0.2, 0.3, 0.4, 0.5])
EE = np.array([1, 1, 2, 2, 3, 1])
ET = np.array([15, 20, 4, 40, 50, 9])


def _same(got, expected, what):
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    check_equal(got.shape, expected.shape, "%s: shape" % what)
    ok = (got == expected) | (np.isnan(got) & np.isnan(expected))
    check(bool(np.all(ok)), "%s: values differ (NaN means no feature)" % what, expected, got)


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Latest value at or before each event; NaN when there is none"""
        _same(point_in_time_join(EE, ET, FE, FT, FV), [0.1, 0.4, np.nan, 0.5, np.nan, np.nan], "join")

    def test_max_age(self):
        """max_age 5 drops the 10-time-unit-old value for entity 2"""
        _same(point_in_time_join(EE, ET, FE, FT, FV, max_age=5), [0.1, 0.4, np.nan, np.nan, np.nan, np.nan], "join with max_age 5")

    def test_event_at_write_time(self):
        """A value written at exactly the event time is usable"""
        _same(point_in_time_join([7], [100], [7, 7], [100, 50], [1.5, 2.5]), [1.5], "join at the write time")


if __name__ == "__main__":
    unittest.main()
