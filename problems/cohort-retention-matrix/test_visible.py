import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal

from solution import cohort_retention

NAN = math.nan


def check_rates(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check(a.shape == e.shape, "%s: expected shape %s, got %s" % (what, e.shape, a.shape), e.shape, a.shape)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN must appear exactly for empty cohorts" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], 1e-12, 0, what)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The worked example: an empty middle cohort, a duplicate row and an offset past the last column"""
        cohorts, sizes, counts, rates = cohort_retention([1, 1, 1, 2, 2, 3, 3, 4], [0, 0, 0, 0, 0, 2, 2, 2], [0, 1, 1, 0, 2, 2, 3, 5], 3)
        check_equal(np.asarray(cohorts).tolist(), [0, 1, 2], "cohorts")
        check_equal(np.asarray(sizes).tolist(), [2, 0, 2], "sizes")
        check_equal(np.asarray(counts).tolist(), [[2, 1, 1], [0, 0, 0], [1, 1, 0]], "counts")
        check_rates(rates, [[1, 0.5, 0.5], [NAN] * 3, [0.5, 0.5, 0]], "rates")

    def test_single_cohort(self):
        """Three users of cohort 5 active at offsets {0,1}, {0}, {1,2}: counts [2, 2, 1] of 3"""
        cohorts, sizes, counts, rates = cohort_retention([7, 7, 8, 9, 9], [5, 5, 5, 5, 5], [5, 6, 5, 6, 7], 3)
        check_equal(np.asarray(cohorts).tolist(), [5], "cohorts")
        check_equal(np.asarray(counts).tolist(), [[2, 2, 1]], "counts")
        check_rates(rates, [[2 / 3, 2 / 3, 1 / 3]], "rates")

    def test_output_types(self):
        """cohorts, sizes and counts are int64; rates float64"""
        cohorts, sizes, counts, rates = cohort_retention([1, 2], [0, 1], [0, 1], 2)
        got = [np.asarray(x).dtype for x in (cohorts, sizes, counts, rates)]
        check(got == [np.int64, np.int64, np.int64, np.float64], "dtypes must be int64, int64, int64, float64",
              ["int64", "int64", "int64", "float64"], [str(d) for d in got])


if __name__ == "__main__":
    unittest.main()
