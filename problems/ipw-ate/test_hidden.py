import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import ipw_ate

ATOL, RTOL = 1e-6, 1e-9


def _expected(y, t, e, normalized, clip):
    # Plain-Python loops with exactly rounded sums.
    ec = [min(max(float(p), clip), 1.0 - clip) for p in e]
    s1 = math.fsum(float(v) / p for v, f, p in zip(y, t, ec) if f == 1)
    s0 = math.fsum(float(v) / (1.0 - p) for v, f, p in zip(y, t, ec) if f == 0)
    if not normalized:
        return s1 / len(y) - s0 / len(y)
    w1 = math.fsum(1.0 / p for f, p in zip(t, ec) if f == 1)
    w0 = math.fsum(1.0 / (1.0 - p) for f, p in zip(t, ec) if f == 0)
    return s1 / w1 - s0 / w0


def _data(rng, n):
    x = rng.normal(size=n)
    e = 1.0 / (1.0 + np.exp(-1.5 * x))
    t = (rng.random(n) < e).astype(int)
    y = 2.0 + 3.0 * x + 2.0 * t + rng.normal(size=n)
    return y, t, e


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random confounded data, both estimators and several clip levels, match plain-Python sums"""
        rng = np.random.default_rng(5)
        for trial in range(6):
            y, t, e = _data(rng, int(rng.integers(10, 200)))
            t[:2] = [0, 1]
            for normalized in (False, True):
                for clip in (0.0, 1e-3, 0.05, 0.2):
                    got = ipw_ate(y.copy(), t.copy(), e.copy(), normalized=normalized, clip=clip)
                    check_close(got, _expected(y, t, e, normalized, clip), ATOL, RTOL,
                                "ipw_ate (trial %d, normalized=%s, clip=%g)" % (trial, normalized, clip))

    def test_clipping_both_ends(self):
        """Propensities 1e-6 and 1 - 1e-6 are clipped on both sides to [0.05, 0.95]"""
        y, t, e = [10.0, 0.0, 5.0, 7.0], [1, 0, 0, 1], [1e-6, 1 - 1e-6, 0.5, 0.5]
        for normalized in (False, True):
            check_close(ipw_ate(y, t, e, normalized=normalized, clip=0.05), _expected(y, t, e, normalized, 0.05), ATOL, RTOL,
                        "ipw_ate with extreme propensities, clip = 0.05, normalized=%s" % normalized)
        check_close(ipw_ate(y, t, e, clip=0.05), (10 / 0.05 + 7 / 0.5) / 4 - (0 / 0.05 + 5 / 0.5) / 4, ATOL, RTOL,
                    "HT with clipped propensities, by hand")

    def test_hajek_with_outcomes_near_a_million(self):
        """Hajek ignores a common shift: outcomes near 1e6 give the same effect as the unshifted outcomes"""
        rng = np.random.default_rng(11)
        y, t, e = _data(rng, 500)
        shifted = y + 1e6
        got = ipw_ate(shifted, t, e, normalized=True)
        check_close(got, _expected(shifted, t, e, True, 1e-3), ATOL, RTOL, "Hajek estimate with outcomes near 1e6")
        check_close(got, _expected(y, t, e, True, 1e-3), 1e-5, 0, "Hajek estimate after shifting the outcomes by 1e6")
        const = ipw_ate(np.full(50, 3.0), np.arange(50) % 2, np.linspace(0.1, 0.9, 50), normalized=True)
        check_close(const, 0.0, 1e-9, 0, "Hajek estimate of a constant outcome")

    def test_recovers_the_true_effect(self):
        """20,000 confounded units with a true effect of 2: the naive gap is far off, both IPW estimates are close"""
        rng = np.random.default_rng(2024)
        y, t, e = _data(rng, 20000)
        naive = y[t == 1].mean() - y[t == 0].mean()
        check(abs(naive - 2.0) > 1.0, "the test data should be confounded", "|naive - 2| > 1", naive)
        for normalized in (False, True):
            got = ipw_ate(y, t, e, normalized=normalized)
            check(abs(got - 2.0) < 0.3, "IPW should recover the true effect 2 (normalized=%s)" % normalized, "2 +- 0.3", got)

    def test_bool_and_float_flags_and_int_outcomes(self):
        """Bool flags, 0.0/1.0 float flags and integer outcomes are accepted and give a float"""
        y, e = [3, 1, 4, 2], [0.5, 0.25, 0.8, 0.5]
        got = ipw_ate(y, [True, False, True, False], e)
        check(isinstance(got, float), "ipw_ate must return a Python float", "float", type(got).__name__)
        check_close(got, 17 / 12, ATOL, RTOL, "ipw_ate with bool flags")
        check_close(ipw_ate(np.array(y), np.array([1.0, 0.0, 1.0, 0.0]), np.array(e), normalized=True),
                    11 / 3.25 - 1.6, ATOL, RTOL, "ipw_ate with float flags, normalized")

    def test_invalid_propensities_raise(self):
        """Propensities of 0, 1, below 0, above 1 or NaN raise ValueError even though clipping would move them"""
        y, t = [1.0, 2.0, 3.0], [1, 0, 1]
        for bad in ([0.0, 0.5, 0.5], [0.5, 1.0, 0.5], [-0.2, 0.5, 0.5], [0.5, 0.5, 1.3], [0.5, float("nan"), 0.5]):
            check_raises(ValueError, ipw_ate, y, t, bad, clip=0.05, what="ipw_ate with propensities %s" % bad)

    def test_invalid_treatment_and_shapes_raise(self):
        """Non-binary flags, one-group data, bad lengths, 2-D input, non-finite outcomes and bad clip raise ValueError"""
        e = [0.5, 0.5, 0.5]
        cases = [
            ("a treatment flag of 2", ([1.0, 2.0, 3.0], [1, 0, 2], e), {}),
            ("a treatment flag of -1", ([1.0, 2.0, 3.0], [1, 0, -1], e), {}),
            ("a treatment flag of 0.5", ([1.0, 2.0, 3.0], [1, 0, 0.5], e), {}),
            ("no control unit", ([1.0, 2.0, 3.0], [1, 1, 1], e), {}),
            ("no treated unit", ([1.0, 2.0, 3.0], [0, 0, 0], e), {}),
            ("treated shorter than y", ([1.0, 2.0, 3.0], [1, 0], e), {}),
            ("a 2-D y", ([[1.0, 2.0, 3.0]], [1, 0, 1], e), {}),
            ("an infinite outcome", ([1.0, float("inf"), 3.0], [1, 0, 1], e), {}),
            ("clip = 0.5", ([1.0, 2.0, 3.0], [1, 0, 1], e), {"clip": 0.5}),
            ("clip = -0.1", ([1.0, 2.0, 3.0], [1, 0, 1], e), {"clip": -0.1}),
        ]
        for name, args, kw in cases:
            check_raises(ValueError, ipw_ate, *args, what="ipw_ate with %s" % name, **kw)

    def test_inputs_not_modified(self):
        """Clipping does not touch the caller's propensity array, and y and treated are unchanged"""
        y = np.array([1.0, 5.0, 2.0, 8.0])
        t = np.array([1, 0, 0, 1])
        e = np.array([0.001, 0.999, 0.4, 0.6])
        before = (y.copy(), t.copy(), e.copy())
        ipw_ate(y, t, e, clip=0.1)
        ipw_ate(y, t, e, normalized=True, clip=0.1)
        check(np.array_equal(y, before[0]) and np.array_equal(t, before[1]) and np.array_equal(e, before[2]),
              "ipw_ate must not modify its inputs (clip a copy of the propensities)", before, (y, t, e))


if __name__ == "__main__":
    unittest.main()
