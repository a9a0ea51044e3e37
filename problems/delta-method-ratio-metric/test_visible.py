import math
import unittest
from fractions import Fraction

from mlreps_check import check, check_close
from solution import ratio_metric_test

RTOL, ATOL = 1e-7, 1e-12
YA, XA = [2, 0, 1, 3, 0], [10, 4, 6, 12, 3]
YB, XB = [3, 1, 2, 4, 1], [11, 5, 5, 12, 4]


def _linearised_var(y, x):
    # Var(R) = var(y_i - R x_i) / (n mean(x)^2), in exact rational arithmetic.
    n = len(y)
    r = Fraction(sum(y), sum(x))
    d = [Fraction(yi) - r * xi for yi, xi in zip(y, x)]
    md = sum(d) / n
    mx = Fraction(sum(x), n)
    return sum((di - md) ** 2 for di in d) / (n - 1) / (n * mx * mx)


class VisibleTests(unittest.TestCase):
    def test_ratios_are_ratios_of_sums(self):
        """The arm ratios are 6/35 and 11/37 (sum of clicks over sum of views), not a mean of per-user ratios"""
        r = ratio_metric_test(YA, XA, YB, XB)
        check_close(r["ratio_a"], 6 / 35, ATOL, RTOL, "ratio_a")
        check_close(r["ratio_b"], 11 / 37, ATOL, RTOL, "ratio_b")
        check_close(r["diff"], 11 / 37 - 6 / 35, ATOL, RTOL, "diff")

    def test_standard_error_and_p_value(self):
        """se is the square root of the two delta-method variances; p = erfc(|z| / sqrt 2)"""
        r = ratio_metric_test(YA, XA, YB, XB)
        se = math.sqrt(float(_linearised_var(YA, XA) + _linearised_var(YB, XB)))
        check_close(r["se"], se, ATOL, RTOL, "se")
        z = (11 / 37 - 6 / 35) / se
        check_close(r["z"], z, ATOL, RTOL, "z")
        check_close(r["p_value"], math.erfc(abs(z) / math.sqrt(2)), ATOL, RTOL, "p_value")

    def test_interval(self):
        """The 95% interval is diff -/+ 1.959964 se, and alpha=0.1 gives a narrower one"""
        r = ratio_metric_test(YA, XA, YB, XB)
        check_close([r["ci_low"], r["ci_high"]], [r["diff"] - 1.959963984540054 * r["se"], r["diff"] + 1.959963984540054 * r["se"]],
                    ATOL, RTOL, "95% interval")
        r90 = ratio_metric_test(YA, XA, YB, XB, alpha=0.1)
        check(r90["ci_high"] - r90["ci_low"] < r["ci_high"] - r["ci_low"], "a 90% interval is narrower than a 95% one",
              "< %.6f" % (r["ci_high"] - r["ci_low"]), r90["ci_high"] - r90["ci_low"])


if __name__ == "__main__":
    unittest.main()
