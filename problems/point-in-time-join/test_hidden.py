import time
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


def _brute(ee, et, fe, ft, fv, max_age):
    out = []
    for e, t in zip(ee, et):
        best = None
        for r in range(len(fe)):
            if fe[r] == e and ft[r] <= t and (best is None or ft[r] >= ft[best]):
                best = r
        if best is None or (max_age is not None and t - ft[best] > max_age):
            out.append(np.nan)
        else:
            out.append(fv[best])
    return out


class HiddenTests(unittest.TestCase):
    def test_random_unsorted_tables(self):
        """Random unsorted events and features with many equal times match a brute-force scan"""
        rng = np.random.default_rng(0)
        for trial in range(4):
            m, n = 300, 200
            fe, ft = rng.integers(0, 15, size=m), rng.integers(0, 60, size=m)
            fv = rng.normal(size=m)
            ee, et = rng.integers(0, 17, size=n), rng.integers(0, 70, size=n)
            age = None if trial % 2 == 0 else 7
            _same(point_in_time_join(ee, et, fe, ft, fv, max_age=age), _brute(ee, et, fe, ft, fv, age), "trial %d" % trial)

    def test_no_future_values(self):
        """An event before every write of its entity gets NaN, even though later values exist"""
        _same(point_in_time_join([1, 1], [0, 99], [1, 1], [50, 10], [5.0, 1.0]), [np.nan, 5.0], "join")

    def test_float_times_and_zero_max_age(self):
        """Float timestamps; max_age 0 keeps only values written at the event time"""
        got = point_in_time_join([4, 4, 4], [1.5, 2.25, 3.0], [4, 4], [1.5, 2.0], [10.0, 20.0], max_age=0)
        _same(got, [10.0, np.nan, np.nan], "join with max_age 0")

    def test_empty_tables(self):
        """No features gives all NaN; no events gives an empty array"""
        _same(point_in_time_join([1, 2], [5, 6], [], [], []), [np.nan, np.nan], "join against an empty feature log")
        _same(point_in_time_join([], [], [1], [1], [2.0]), [], "join of no events")

    def test_large_tables_in_time(self):
        """100,000 events and 100,000 feature rows join within 1 s of CPU time"""
        rng = np.random.default_rng(1)
        m = n = 100000
        fe, ft, fv = rng.integers(0, 10000, size=m), rng.integers(0, 10 ** 6, size=m), rng.normal(size=m)
        ee, et = rng.integers(0, 10000, size=n), rng.integers(0, 10 ** 6, size=n)
        start = time.process_time()
        got = np.asarray(point_in_time_join(ee, et, fe, ft, fv))
        elapsed = time.process_time() - start
        check(elapsed < 1.0, "joining 100,000 x 100,000 rows took %.2f s of CPU time: sort once and binary-search" % elapsed, "< 1.0 s", "%.2f s" % elapsed)
        idx = rng.choice(n, size=30, replace=False)
        exp = []
        for k in idx:
            mask = (fe == ee[k]) & (ft <= et[k])
            if not mask.any():
                exp.append(np.nan)
            else:
                rows = np.flatnonzero(mask)
                best = rows[ft[rows] == ft[rows].max()][-1]
                exp.append(fv[best])
        _same(got[idx], exp, "30 sampled events")

    def test_invalid_inputs(self):
        """Mismatched lengths or a negative max_age raise ValueError"""
        with self.assertRaises(ValueError, msg="2 event entities, 1 event time"):
            point_in_time_join([1, 2], [1], [1], [1], [1.0])
        with self.assertRaises(ValueError, msg="feature values of length 2 for 1 feature row"):
            point_in_time_join([1], [1], [1], [1], [1.0, 2.0])
        with self.assertRaises(ValueError, msg="max_age -1"):
            point_in_time_join([1], [1], [1], [1], [1.0], max_age=-1)

    def test_inputs_not_modified(self):
        """The unsorted inputs are not sorted in place"""
        fe, ft, fv = FE.copy(), FT.copy(), FV.copy()
        ee, et = EE.copy(), ET.copy()
        point_in_time_join(ee, et, fe, ft, fv)
        for name, a, b in (("feat_entity", fe, FE), ("feat_time", ft, FT), ("feat_value", fv, FV), ("event_entity", ee, EE), ("event_time", et, ET)):
            check_equal(a, b, "%s after the call" % name)


if __name__ == "__main__":
    unittest.main()
