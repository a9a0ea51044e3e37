import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import srm_check

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


def _expected(counts, ratios):
    n = float(sum(counts))
    w = [1.0] * len(counts) if ratios is None else [float(r) for r in ratios]
    e = [n * wi / sum(w) for wi in w]
    stat = math.fsum((o - ei) ** 2 / ei for o, ei in zip(counts, e))
    return stat, _chi2_sf(stat, len(counts) - 1)


class HiddenTests(unittest.TestCase):
    def test_many_arms_odd_and_even_df(self):
        """2 to 9 arms (odd and even degrees of freedom) match an incomplete-gamma computation"""
        rng = np.random.default_rng(2)
        for k in range(2, 10):
            for trial in range(4):
                w = rng.uniform(0.5, 3.0, size=k)
                counts = rng.multinomial(int(rng.integers(200, 5000)), w / w.sum())
                counts = counts + rng.integers(0, 60, size=k) * (trial % 2)
                stat, p, flag = srm_check(counts.tolist(), ratios=w.tolist())
                e_stat, e_p = _expected(counts.tolist(), w.tolist())
                what = " (k=%d, trial %d)" % (k, trial)
                check_close(stat, e_stat, 0, 1e-9, "statistic" + what)
                check_close(p, e_p, 1e-12, 1e-7, "p-value" + what)
                check(bool(flag) == (e_p < 0.001), "mismatch flag" + what, e_p < 0.001, flag)

    def test_ratio_scale_does_not_matter(self):
        """ratios [50, 50], [1, 1], [0.5, 0.5] and None give the same answer"""
        counts = [50800, 49200]
        base = srm_check(counts)
        for r in ([50, 50], [1, 1], [0.5, 0.5]):
            got = srm_check(counts, ratios=r)
            check_close(got[0], base[0], 0, 1e-9, "statistic with ratios %r" % (r,))
            check_close(got[1], base[1], 1e-12, 1e-7, "p-value with ratios %r" % (r,))
        check_close(base[0], 25.6, 0, 1e-9, "statistic for 50,800 vs 49,200")

    def test_perfect_split_and_types(self):
        """Counts exactly on the ratios give statistic 0 and p-value 1; types are float, float, bool"""
        stat, p, flag = srm_check(np.array([300, 200, 500]), ratios=np.array([3, 2, 5]))
        check_close(stat, 0.0, 1e-12, 0, "statistic")
        check_close(p, 1.0, 1e-12, 0, "p-value")
        check(isinstance(stat, float) and isinstance(p, float), "statistic and p-value must be Python floats",
              "float, float", (type(stat).__name__, type(p).__name__))
        check(isinstance(flag, bool), "mismatch must be a Python bool", "bool", type(flag).__name__)

    def test_threshold_is_strict(self):
        """The flag is p < threshold: a larger threshold flags a moderate imbalance"""
        counts = [1000, 1100]
        _, p, loose = srm_check(counts, threshold=0.05)
        _, _, strict = srm_check(counts, threshold=0.01)
        check(bool(loose), "p = %.4f is below 0.05: mismatch" % p, True, loose)
        check(not strict, "p = %.4f is above 0.01: no mismatch" % p, False, strict)

    def test_huge_imbalance_underflows_to_zero(self):
        """A wildly broken split gives a p-value of (about) 0 and a flag, not an error"""
        stat, p, flag = srm_check([100000, 1000, 1000, 1000])
        check(0.0 <= p < 1e-300, "p-value must be essentially 0", "< 1e-300", p)
        check(bool(flag), "must flag a mismatch", True, flag)

    def test_float_whole_counts(self):
        """Whole-number floats such as 120.0 are accepted"""
        stat, p, _ = srm_check([120.0, 80.0])
        check_close(stat, 8.0, 0, 1e-9, "statistic for [120.0, 80.0]")
        check_close(p, math.erfc(2.0), 1e-12, 1e-7, "p-value for [120.0, 80.0]")

    def test_invalid_input_raises(self):
        """Bad counts, ratios or threshold raise ValueError"""
        cases = {
            "one arm": ([100], None, 0.001),
            "2-D counts": ([[100, 100]], None, 0.001),
            "negative count": ([100, -1], None, 0.001),
            "fractional count": ([100, 10.5], None, 0.001),
            "infinite count": ([100, float("inf")], None, 0.001),
            "nan count": ([float("nan"), 100], None, 0.001),
            "all zero": ([0, 0], None, 0.001),
            "ratios of the wrong length": ([100, 100], [1, 1, 1], 0.001),
            "zero ratio": ([100, 100], [1, 0], 0.001),
            "negative ratio": ([100, 100], [1, -1], 0.001),
            "threshold 0": ([100, 100], None, 0.0),
            "threshold 1": ([100, 100], None, 1.0),
        }
        for name, (c, r, t) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                srm_check(c, ratios=r, threshold=t)

    def test_inputs_not_modified(self):
        """counts and ratios are left unchanged"""
        c = np.array([510.0, 490.0, 1000.0])
        r = np.array([1.0, 1.0, 2.0])
        cb, rb = c.copy(), r.copy()
        srm_check(c, ratios=r)
        check(np.array_equal(c, cb) and np.array_equal(r, rb), "inputs must not be modified", [cb.tolist(), rb.tolist()], [c.tolist(), r.tolist()])


if __name__ == "__main__":
    unittest.main()
