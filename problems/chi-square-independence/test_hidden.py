import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import chi2_independence

def _chi2_sf(x, df):
    # Regularized upper incomplete gamma Q(df/2, x/2): series below a+1, continued fraction above.
    a, z = df / 2.0, x / 2.0
    if z <= 0:
        return 1.0
    log_front = -z + a * math.log(z) - math.lgamma(a)
    if z < a + 1:
        term = total = 1.0 / a
        n = 0
        while abs(term) > 1e-17 * abs(total):
            n += 1
            term *= z / (a + n)
            total += term
        return 1.0 - total * math.exp(log_front)
    tiny = 1e-300
    b = z + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < 1e-16:
            break
    return math.exp(log_front) * h


def _loop(table):
    t = [[float(v) for v in row] for row in table]
    r, c = len(t), len(t[0])
    rs = [math.fsum(row) for row in t]
    cs = [math.fsum(t[i][j] for i in range(r)) for j in range(c)]
    n = math.fsum(rs)
    e = [[rs[i] * cs[j] / n for j in range(c)] for i in range(r)]
    stat = math.fsum((t[i][j] - e[i][j]) ** 2 / e[i][j] for i in range(r) for j in range(c))
    df = (r - 1) * (c - 1)
    return stat, df, _chi2_sf(stat, df), e, math.sqrt(stat / (n * (min(r, c) - 1)))


class HiddenTests(unittest.TestCase):
    def test_random_tables(self):
        """Random tables from 2 x 2 to 6 x 5 match loops and an incomplete-gamma tail"""
        rng = np.random.default_rng(10)
        for trial in range(20):
            r, c = int(rng.integers(2, 7)), int(rng.integers(2, 6))
            table = rng.poisson(rng.uniform(2, 40, size=(r, c))) + 1
            stat, df, p, expected, v = chi2_independence(table.tolist())
            e_stat, e_df, e_p, e_exp, e_v = _loop(table)
            what = " (trial %d, %d x %d)" % (trial, r, c)
            check_close(stat, e_stat, 0, 1e-9, "statistic" + what)
            check_equal(df, e_df, "df" + what)
            check_close(p, e_p, 1e-12, 1e-7, "p-value" + what)
            check_shape(expected, (r, c), "expected" + what)
            check_close(expected, e_exp, 0, 1e-9, "expected" + what)
            check_close(v, e_v, 0, 1e-9, "Cramer's V" + what)

    def test_no_continuity_correction(self):
        """A small 2 x 2 table uses the plain statistic: [[3, 7], [8, 2]] gives 5.0505"""
        stat, _, p, _, _ = chi2_independence([[3, 7], [8, 2]])
        check_close(stat, _loop([[3, 7], [8, 2]])[0], 0, 1e-9, "statistic without Yates")

    def test_perfect_association(self):
        """A diagonal table has Cramer's V = 1"""
        _, df, _, _, v = chi2_independence(np.diag([10, 20, 15]))
        check_equal(df, 4, "df of a 3 x 3 table")
        check_close(v, 1.0, 0, 1e-9, "Cramer's V of a diagonal table")

    def test_types(self):
        """df is an int; the statistic, p-value and V are Python floats; expected is float64"""
        stat, df, p, expected, v = chi2_independence(np.array([[4, 6], [9, 1]]))
        check(isinstance(df, int) and not isinstance(df, bool), "df must be a Python int", "int", type(df).__name__)
        check(all(isinstance(x, float) for x in (stat, p, v)), "statistic, p-value and V must be Python floats", "float",
              [type(x).__name__ for x in (stat, p, v)])
        check(np.asarray(expected).dtype == np.float64, "expected must be float64", "float64", np.asarray(expected).dtype)

    def test_invalid_input_raises(self):
        """1-D, 1 x k, negative, fractional and empty-margin tables raise ValueError"""
        cases = {
            "1-D": [1, 2, 3],
            "one row": [[1, 2, 3]],
            "one column": [[1], [2]],
            "negative": [[1, -2], [3, 4]],
            "fractional": [[1, 2.5], [3, 4]],
            "empty row": [[0, 0], [3, 4]],
            "empty column": [[0, 2], [0, 4]],
        }
        for name, table in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                chi2_independence(table)

    def test_input_not_modified(self):
        """The table is left unchanged"""
        t = np.array([[5.0, 3.0], [2.0, 8.0]])
        before = t.copy()
        chi2_independence(t)
        check_close(t, before, 0, 0, "table after the call")


if __name__ == "__main__":
    unittest.main()
