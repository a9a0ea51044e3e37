import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import benjamini_hochberg

ATOL = 1e-12


def _step_up(p, level):
    # The procedure as stated, in exact rational arithmetic: the largest k with p_(k) <= k * level / m.
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    k_max = 0
    for k, i in enumerate(order, start=1):
        if p[i] <= k * level / m:
            k_max = k
    rejected = [False] * m
    for i in order[:k_max]:
        rejected[i] = True
    # ties with the last rejected value are rejected too
    if k_max:
        last = p[order[k_max - 1]]
        for i in range(m):
            if p[i] == last:
                rejected[i] = True
    return rejected


def _bruteforce_adjusted(pvalues):
    # The smallest level (tried over every candidate m * p / k) at which the step-up procedure rejects.
    p = [Fraction(float(v)) for v in pvalues]
    m = len(p)
    ranked = sorted(p)
    candidates = sorted({m * v / k for k, v in enumerate(ranked, start=1) if m * v / k <= 1})
    adjusted = [Fraction(1)] * m
    done = [False] * m
    for c in candidates:
        for i, r in enumerate(_step_up(p, c)):
            if r and not done[i]:
                adjusted[i], done[i] = c, True
    return [float(a) for a in adjusted]


class HiddenTests(unittest.TestCase):
    def test_random_adjusted_against_definition(self):
        """Random p-value sets (with ties, zeros and ones) match the smallest level at which BH rejects"""
        rng = np.random.default_rng(31)
        for trial in range(40):
            m = int(rng.integers(1, 25))
            p = np.concatenate([rng.uniform(0, 0.02, size=m // 3), rng.uniform(0, 1, size=m - m // 3)])
            if trial % 3 == 0:
                p = np.round(p, 2)
            adjusted, _ = benjamini_hochberg(p.copy())
            check_close(adjusted, _bruteforce_adjusted(p), ATOL, 0, "adjusted (trial %d, p=%s)" % (trial, np.round(p, 4).tolist()))

    def test_random_rejections_match_step_up(self):
        """Random p-values: the rejected set is the step-up set at several levels"""
        rng = np.random.default_rng(77)
        for trial in range(30):
            m = int(rng.integers(2, 40))
            p = np.concatenate([rng.uniform(0, 0.01, size=m // 4), rng.uniform(0, 1, size=m - m // 4)])
            for level in (0.05, 0.1, 0.25):
                _, reject = benjamini_hochberg(p.copy(), q=level)
                expected = _step_up([Fraction(float(v)) for v in p], Fraction(level))
                check_equal(np.asarray(reject, dtype=bool), np.array(expected), "reject at q=%g (trial %d)" % (level, trial))

    def test_all_rejected_by_the_largest(self):
        """[0.011, 0.02, 0.029] at q=0.03: the largest passes 0.03, so all three are rejected"""
        adjusted, reject = benjamini_hochberg([0.011, 0.02, 0.029], q=0.03)
        check_equal(np.asarray(reject), np.array([True, True, True]), "reject for [0.011, 0.02, 0.029] at q=0.03")
        check_close(adjusted, [0.029, 0.029, 0.029], ATOL, 0, "adjusted for [0.011, 0.02, 0.029]")

    def test_ties_share_a_value(self):
        """Equal p-values get equal adjusted values"""
        adjusted, _ = benjamini_hochberg([0.02, 0.5, 0.02, 0.02, 0.9])
        check_close(adjusted, [0.1 / 3, 0.625, 0.1 / 3, 0.1 / 3, 0.9], ATOL, 0, "adjusted with three tied 0.02s")

    def test_order_follows_the_input(self):
        """Shuffling the input shuffles the output the same way"""
        rng = np.random.default_rng(8)
        p = rng.uniform(0, 0.2, size=15)
        base, _ = benjamini_hochberg(p)
        perm = rng.permutation(15)
        shuffled, _ = benjamini_hochberg(p[perm])
        check_close(shuffled, np.asarray(base)[perm], ATOL, 0, "adjusted values of the shuffled input")

    def test_integer_list_input(self):
        """Integer p-values in a list give float64 output"""
        adjusted, reject = benjamini_hochberg([1, 0, 1])
        check(np.asarray(adjusted).dtype == np.float64, "adjusted must be float64", "float64", np.asarray(adjusted).dtype)
        check_close(adjusted, [1.0, 0.0, 1.0], ATOL, 0, "adjusted for [1, 0, 1]")
        check_equal(np.asarray(reject), np.array([False, True, False]), "reject for [1, 0, 1]")

    def test_invalid_input_raises(self):
        """Empty, 2-D, NaN, out-of-range p-values and a bad q raise ValueError"""
        cases = {
            "empty": ([], 0.05),
            "2-D": ([[0.1, 0.2]], 0.05),
            "NaN": ([0.1, float("nan")], 0.05),
            "p > 1": ([0.1, 1.5], 0.05),
            "p < 0": ([-0.01, 0.2], 0.05),
            "q = 0": ([0.1, 0.2], 0.0),
            "q = 1": ([0.1, 0.2], 1.0),
        }
        for name, (p, level) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                benjamini_hochberg(p, q=level)

    def test_input_not_modified(self):
        """The p-value array is left unchanged"""
        p = np.array([0.3, 0.01, 0.2, 0.04])
        before = p.copy()
        benjamini_hochberg(p)
        check_close(p, before, 0, 0, "pvalues after the call")


if __name__ == "__main__":
    unittest.main()
