import math
import unittest

from mlreps_check import check, check_close
from solution import welch_t

ATOL, RTOL = 1e-12, 1e-8


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Means 22 and 15, variances 24.5 and 18, sizes 5 and 4"""
        t, df, se = welch_t([19.0, 22.0, 16.0, 29.0, 24.0], [20.0, 11.0, 17.0, 12.0])
        qa, qb = 24.5 / 5, 18.0 / 4
        check_close(se, math.sqrt(qa + qb), ATOL, RTOL, "se")
        check_close(t, 7 / math.sqrt(qa + qb), ATOL, RTOL, "t")
        check_close(df, (qa + qb) ** 2 / (qa ** 2 / 4 + qb ** 2 / 3), ATOL, RTOL, "df")

    def test_sign_follows_a_minus_b(self):
        """Swapping the samples flips the sign of t and keeps df and se"""
        a, b = [1.0, 2.0, 3.0], [4.0, 6.0, 9.0, 5.0]
        t1, df1, se1 = welch_t(a, b)
        t2, df2, se2 = welch_t(b, a)
        check(t1 < 0, "mean(a) < mean(b) gives a negative t", "< 0", t1)
        check_close([t2, df2, se2], [-t1, df1, se1], ATOL, RTOL, "welch_t(b, a)")

    def test_equal_sizes_and_variances(self):
        """Equal sizes and equal variances give df = 2n - 2"""
        t, df, se = welch_t([1.0, 2.0, 3.0, 4.0], [11.0, 12.0, 13.0, 14.0])
        check_close(df, 6.0, ATOL, RTOL, "df")


if __name__ == "__main__":
    unittest.main()
