import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import cuped

ATOL, RTOL = 1e-9, 1e-7


def _expected(y, x, t):
    # Plain-Python loops with exact-rounding sums, written independently of any vectorised version.
    y = [float(v) for v in y]
    x = [float(v) for v in x]
    t = [int(v) for v in t]
    n = len(y)
    xbar, ybar = math.fsum(x) / n, math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2 for xi in x)
    theta = sxy / sxx
    adj = [yi - theta * (xi - xbar) for xi, yi in zip(x, y)]
    out = {}
    for arm in (0, 1):
        vals = [a for a, ti in zip(adj, t) if ti == arm]
        m = math.fsum(vals) / len(vals)
        out[arm] = (m, math.fsum((v - m) ** 2 for v in vals) / (len(vals) - 1), len(vals))
    effect = out[1][0] - out[0][0]
    se = math.sqrt(out[1][1] / out[1][2] + out[0][1] / out[0][2])
    return theta, adj, effect, se


def _data(rng, n, shift=0.0, imbalance=0.0):
    t = (rng.random(n) < 0.4).astype(int)
    t[:2], t[2:4] = 0, 1
    x = rng.normal(10.0, 3.0, size=n) + imbalance * t + shift
    y = 2.0 + 0.8 * (x - shift) + rng.normal(0, 1.5, size=n) + 0.5 * t + shift
    return y, x, t


class HiddenTests(unittest.TestCase):
    def test_random_experiments_match_loops(self):
        """Random experiments of different sizes and splits match a loop computation"""
        rng = np.random.default_rng(41)
        for trial in range(8):
            n = int(rng.integers(4, 300))
            y, x, t = _data(rng, n)
            theta, y_adj, effect, se = cuped(y, x, t)
            e_theta, e_adj, e_effect, e_se = _expected(y, x, t)
            what = " (trial %d, n=%d)" % (trial, n)
            check_close(theta, e_theta, ATOL, RTOL, "theta" + what)
            check_close(y_adj, e_adj, ATOL, RTOL, "y_adj" + what)
            check_close(effect, e_effect, ATOL, RTOL, "effect" + what)
            check_close(se, e_se, ATOL, RTOL, "se" + what)

    def test_values_around_a_million(self):
        """x and y around 1e6 with spread near 1: theta and the effect stay accurate"""
        rng = np.random.default_rng(7)
        n = 400
        t = np.array([0, 1] * (n // 2))
        noise = rng.normal(0, 0.5, size=n)
        x = 1e6 + noise
        y = 1e6 + 1.5 * noise + rng.normal(0, 0.2, size=n) + 0.1 * t
        theta, y_adj, effect, se = cuped(y, x, t)
        e_theta, e_adj, e_effect, e_se = _expected(y, x, t)
        check_close(theta, e_theta, 1e-6, 1e-6, "theta with values around 1e6")
        check_close(effect, e_effect, 1e-6, 1e-5, "effect with values around 1e6")
        check_close(se, e_se, 1e-6, 1e-5, "se with values around 1e6")
        check_close(y_adj, e_adj, 1e-5, 0, "y_adj with values around 1e6")

    def test_theta_minimises_pooled_variance(self):
        """Moving theta away from the pooled slope only increases the variance of y_adj over all units"""
        rng = np.random.default_rng(3)
        y, x, t = _data(rng, 200)
        theta, y_adj, _, _ = cuped(y, x, t)
        best = float(np.var(np.asarray(y_adj)))
        for d in (-0.05, 0.05):
            other = float(np.var(y - (theta + d) * (x - x.mean())))
            check(other > best, "theta must minimise the pooled variance of y_adj (theta%+.2f gave a smaller one)" % d,
                  "> %.6f" % best, other)

    def test_pre_period_imbalance_is_corrected(self):
        """When the arms differ before the test, effect = raw difference - theta * (pre-period difference)"""
        rng = np.random.default_rng(12)
        y, x, t = _data(rng, 300, imbalance=2.0)
        theta, _, effect, _ = cuped(y, x, t)
        raw = y[t == 1].mean() - y[t == 0].mean()
        pre = x[t == 1].mean() - x[t == 0].mean()
        check_close(effect, raw - theta * pre, 1e-9, 1e-7, "effect with a pre-period imbalance")

    def test_bool_treatment_and_lists(self):
        """Bool treatment flags and plain lists give the same result as 0/1 arrays"""
        rng = np.random.default_rng(9)
        y, x, t = _data(rng, 40)
        a = cuped(y.tolist(), x.tolist(), [bool(v) for v in t])
        b = _expected(y, x, t)
        check_close(a[0], b[0], ATOL, RTOL, "theta with bool flags")
        check_close(a[2], b[2], ATOL, RTOL, "effect with bool flags")
        check_close(a[3], b[3], ATOL, RTOL, "se with bool flags")

    def test_invalid_inputs_raise(self):
        """Mismatched lengths, 2-D input, labels other than 0/1 and an arm of one unit raise ValueError"""
        y = [1.0, 2.0, 3.0, 4.0, 5.0]
        x = [2.0, 1.0, 4.0, 3.0, 6.0]
        cases = {
            "mismatched lengths": (y, x[:4], [0, 0, 1, 1, 1]),
            "2-D y": ([y], [x], [[0, 0, 1, 1, 1]]),
            "label 2": (y, x, [0, 0, 1, 2, 1]),
            "one control unit": (y, x, [0, 1, 1, 1, 1]),
            "one treated unit": (y, x, [0, 0, 0, 0, 1]),
        }
        for name, args in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                cuped(*args)

    def test_inputs_not_modified(self):
        """y, x and treatment are left unchanged"""
        rng = np.random.default_rng(1)
        y, x, t = _data(rng, 30)
        yb, xb, tb = y.copy(), x.copy(), t.copy()
        cuped(y, x, t)
        check(np.array_equal(y, yb) and np.array_equal(x, xb) and np.array_equal(t, tb),
              "y, x and treatment must not be modified", "unchanged inputs", "modified inputs")


if __name__ == "__main__":
    unittest.main()
