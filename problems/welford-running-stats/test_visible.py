import math
import unittest

from mlreps_check import check, check_close, check_equal
from solution import RunningStats

RTOL = 1e-12


def _stats_of(values):
    rs = RunningStats()
    for v in values:
        rs.push(v)
    return rs


class VisibleTests(unittest.TestCase):
    def test_small_example(self):
        """[2,4,4,4,5,5,7,9]: mean 5, population variance 4, sample variance 32/7, std 2"""
        rs = _stats_of([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
        check_equal(rs.count(), 8, "count")
        check_close(rs.mean(), 5.0, 0, RTOL, "mean")
        check_close(rs.variance(), 4.0, 0, RTOL, "variance()")
        check_close(rs.variance(ddof=1), 32 / 7, 0, RTOL, "variance(ddof=1)")
        check_close(rs.std(), 2.0, 0, RTOL, "std()")

    def test_large_offset(self):
        """1e9 + [4, 7, 13, 16]: mean 1e9 + 10, variances 22.5 and 30 despite the offset"""
        rs = _stats_of([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
        check_close(rs.mean(), 1e9 + 10, 0, RTOL, "mean")
        check_close(rs.variance(), 22.5, 0, 1e-9, "variance()")
        check_close(rs.variance(ddof=1), 30.0, 0, 1e-9, "variance(ddof=1)")

    def test_empty_and_single(self):
        """No data: nan mean and variance; one value: variance 0, sample variance nan"""
        rs = RunningStats()
        check_equal(rs.count(), 0, "count of an empty stream")
        check(math.isnan(rs.mean()), "mean of an empty stream must be nan", "nan", rs.mean())
        check(math.isnan(rs.variance()), "variance of an empty stream must be nan", "nan", rs.variance())
        rs.push(3.0)
        check_close(rs.mean(), 3.0, 0, 0, "mean of [3]")
        check_close(rs.variance(), 0.0, 0, 0, "variance() of [3]")
        check(math.isnan(rs.variance(ddof=1)), "sample variance of one value must be nan", "nan", rs.variance(ddof=1))


if __name__ == "__main__":
    unittest.main()
