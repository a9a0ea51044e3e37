import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close
from solution import ratio_metric_test

RTOL, ATOL = 1e-7, 1e-12
KEYS = ("ratio_a", "ratio_b", "diff", "se", "z", "p_value", "ci_low", "ci_high")
Z975 = 1.959963984540054


def _linearised_var(y, x):
    # Var(R) = var(y_i - R x_i) / (n mean(x)^2) computed exactly: an independent route to the delta method.
    n = len(y)
    y = [Fraction(float(v)) for v in y]
    x = [Fraction(float(v)) for v in x]
    r = sum(y) / sum(x)
    d = [yi - r * xi for yi, xi in zip(y, x)]
    md = sum(d) / n
    mx = sum(x) / n
    return sum((di - md) ** 2 for di in d) / (n - 1) / (n * mx * mx)


def _expected(ya, xa, yb, xb):
    ra = float(Fraction(sum(Fraction(float(v)) for v in ya)) / sum(Fraction(float(v)) for v in xa))
    rb = float(Fraction(sum(Fraction(float(v)) for v in yb)) / sum(Fraction(float(v)) for v in xb))
    se = math.sqrt(float(_linearised_var(ya, xa) + _linearised_var(yb, xb)))
    return ra, rb, se


def _users(rng, n, ctr_shape=6.0, mean_views=20.0):
    views = rng.poisson(rng.gamma(2.0, mean_views / 2, size=n)) + 1
    clicks = rng.binomial(views, rng.beta(1.0, ctr_shape, size=n))
    return clicks, views


class HiddenTests(unittest.TestCase):
    def test_random_experiments_match_exact_linearisation(self):
        """Random clustered click data of unequal arm sizes match an exact linearised-variance computation"""
        rng = np.random.default_rng(3)
        for trial in range(6):
            ya, xa = _users(rng, int(rng.integers(5, 60)))
            yb, xb = _users(rng, int(rng.integers(5, 60)))
            r = ratio_metric_test(ya, xa, yb, xb)
            ra, rb, se = _expected(ya, xa, yb, xb)
            what = " (trial %d)" % trial
            check_close([r["ratio_a"], r["ratio_b"], r["se"]], [ra, rb, se], ATOL, RTOL, "ratio_a, ratio_b, se" + what)
            check_close(r["ci_low"], rb - ra - Z975 * se, ATOL, RTOL, "ci_low" + what)

    def test_clustered_null_rejects_about_five_percent(self):
        """300 A/A tests on users with very different click rates reject at about 5% (the binomial se rejects ~35%)"""
        rng = np.random.default_rng(2026)
        rejected = 0
        for _ in range(300):
            ya, xa = _users(rng, 200)
            yb, xb = _users(rng, 200)
            rejected += ratio_metric_test(ya, xa, yb, xb)["p_value"] < 0.05
        rate = rejected / 300
        check(0.02 <= rate <= 0.09, "in A/A tests the 5%-level test should reject about 5% of the time", "0.02 .. 0.09", rate)

    def test_large_denominators(self):
        """Denominators around a million per user with small spread: the variance is still accurate"""
        rng = np.random.default_rng(11)
        xa = 1e6 + rng.normal(0, 2, size=40)
        ya = 0.02 * xa + rng.normal(0, 0.05, size=40)
        xb = 1e6 + rng.normal(0, 2, size=50)
        yb = 0.02 * xb + rng.normal(0, 0.05, size=50)
        r = ratio_metric_test(ya, xa, yb, xb)
        ra, rb, se = _expected(ya, xa, yb, xb)
        check_close(r["se"], se, 0, 1e-6, "se with denominators around 1e6")
        check_close(r["diff"], rb - ra, 1e-12, 1e-6, "diff with denominators around 1e6")

    def test_perfectly_proportional_arm_contributes_no_variance(self):
        """If y = 0.1 x for every user of arm A, arm A's ratio is exact and only arm B contributes to se"""
        xa = np.array([3.0, 8.0, 5.0, 10.0])
        ya = 0.1 * xa
        yb, xb = [1, 0, 2, 1, 3], [7, 2, 9, 5, 8]
        r = ratio_metric_test(ya, xa, yb, xb)
        check_close(r["se"], math.sqrt(float(_linearised_var(yb, xb))), ATOL, RTOL, "se when arm A is exactly proportional")

    def test_output_types_and_keys(self):
        """The result has the eight keys with Python float values"""
        r = ratio_metric_test([1, 2, 0], [3, 5, 2], [2, 2, 1], [4, 4, 3])
        check(set(r) >= set(KEYS), "missing keys", sorted(KEYS), sorted(r))
        bad = [k for k in KEYS if not isinstance(r[k], float)]
        check(not bad, "values must be Python floats", "float", {k: type(r[k]).__name__ for k in bad})

    def test_invalid_input_raises(self):
        """Mismatched lengths, 2-D arrays, one user, non-finite values, zero denominators and bad alpha raise ValueError"""
        ok_y, ok_x = [1, 2, 0], [3, 5, 2]
        cases = {
            "mismatched lengths": ([1, 2], ok_x, ok_y, ok_x, 0.05),
            "2-D arrays": ([ok_y], [ok_x], ok_y, ok_x, 0.05),
            "one user": ([1], [3], ok_y, ok_x, 0.05),
            "NaN": ([1, float("nan"), 0], ok_x, ok_y, ok_x, 0.05),
            "denominator mean 0": (ok_y, [1, -1, 0], ok_y, ok_x, 0.05),
            "alpha = 0": (ok_y, ok_x, ok_y, ok_x, 0.0),
            "zero standard error": ([1, 2], [1, 2], [2, 4], [1, 2], 0.05),
        }
        for name, (ya, xa, yb, xb, alpha) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                ratio_metric_test(ya, xa, yb, xb, alpha=alpha)

    def test_inputs_not_modified(self):
        """The four input arrays are left unchanged"""
        rng = np.random.default_rng(5)
        arrays = [a.astype(float) for a in (*_users(rng, 20), *_users(rng, 25))]
        copies = [a.copy() for a in arrays]
        ratio_metric_test(*arrays)
        check(all(np.array_equal(a, c) for a, c in zip(arrays, copies)), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
