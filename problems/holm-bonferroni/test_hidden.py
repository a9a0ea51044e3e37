import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import holm_bonferroni

ATOL = 1e-12


def _step_down_rejects(p, level):
    # Holm's procedure written as the walk in the statement, comparing (m - k + 1) * p_(k) with the level.
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    rejected = [False] * m
    for k, i in enumerate(order, start=1):
        if (m - k + 1) * p[i] <= level:
            rejected[i] = True
        else:
            break
    return rejected


def _bruteforce_adjusted(p):
    # The adjusted p-value is the smallest level at which the walk rejects; try every candidate level.
    p = [float(v) for v in p]
    m = len(p)
    ranked = sorted(p)
    candidates = sorted({(m - k) * v for k, v in enumerate(ranked) if (m - k) * v <= 1.0})
    adjusted = [1.0] * m
    done = [False] * m
    for c in candidates:
        for i, r in enumerate(_step_down_rejects(p, c)):
            if r and not done[i]:
                adjusted[i], done[i] = c, True
    return adjusted


class HiddenTests(unittest.TestCase):
    def test_random_against_step_down(self):
        """Random p-value sets (with ties, zeros and ones) match the smallest level at which the walk rejects"""
        rng = np.random.default_rng(23)
        for trial in range(40):
            m = int(rng.integers(1, 25))
            p = rng.beta(0.4, 1.5, size=m)
            if trial % 3 == 0:
                p = np.round(p, 2)  # ties, and sometimes 0.0 or 1.0
            expected = _bruteforce_adjusted(p)
            adjusted, reject = holm_bonferroni(p.copy())
            check_close(adjusted, expected, ATOL, 0, "adjusted (trial %d, p=%s)" % (trial, np.round(p, 4).tolist()))
            if trial % 3 == 0:
                continue  # rounded p-values can sit exactly on a boundary, where the rejection rule's arithmetic form matters
            for level in (0.01, 0.05, 0.2):
                _, rej = holm_bonferroni(p.copy(), alpha=level)
                check_equal(np.asarray(rej, dtype=bool), np.array(_step_down_rejects(p.tolist(), level)),
                            "reject at alpha=%g (trial %d)" % (level, trial))

    def test_adjusted_values_clip_at_one(self):
        """Large p-values are capped at 1"""
        adjusted, reject = holm_bonferroni([0.5, 0.6, 0.9])
        check_close(adjusted, [1.0, 1.0, 1.0], ATOL, 0, "adjusted for [0.5, 0.6, 0.9]")
        check(not np.any(reject), "nothing is rejected", "all False", reject)

    def test_running_maximum(self):
        """A smaller multiplier later on never lowers an adjusted value: [0.01, 0.012] -> [0.02, 0.02]"""
        adjusted, _ = holm_bonferroni([0.012, 0.01])
        check_close(adjusted, [0.02, 0.02], ATOL, 0, "adjusted for [0.012, 0.01]")

    def test_ties_share_a_value(self):
        """Equal p-values get equal adjusted values, whatever their position"""
        p = [0.02, 0.001, 0.02, 0.3, 0.02]
        adjusted, _ = holm_bonferroni(p)
        a = np.asarray(adjusted)
        check_close(a[[0, 2, 4]], [a[0]] * 3, ATOL, 0, "adjusted values of the three tied 0.02s")
        check_close(a[[0, 2, 4]], [0.08] * 3, ATOL, 0, "adjusted 0.02 (4 * 0.02, the first of the tie)")

    def test_order_follows_the_input(self):
        """Shuffling the input shuffles the output the same way"""
        rng = np.random.default_rng(4)
        p = rng.uniform(0, 0.1, size=12)
        base, _ = holm_bonferroni(p)
        perm = rng.permutation(12)
        shuffled, _ = holm_bonferroni(p[perm])
        check_close(shuffled, np.asarray(base)[perm], ATOL, 0, "adjusted values of the shuffled input")

    def test_integer_list_input(self):
        """Integer p-values 0 and 1 in a list give float64 output"""
        adjusted, reject = holm_bonferroni([1, 0])
        check(np.asarray(adjusted).dtype == np.float64, "adjusted must be float64", "float64", np.asarray(adjusted).dtype)
        check_close(adjusted, [1.0, 0.0], ATOL, 0, "adjusted for [1, 0]")
        check_equal(np.asarray(reject), np.array([False, True]), "reject for [1, 0]")

    def test_invalid_input_raises(self):
        """Empty, 2-D, NaN, out-of-range p-values and a bad alpha raise ValueError"""
        cases = {
            "empty": ([], 0.05),
            "2-D": ([[0.1, 0.2]], 0.05),
            "NaN": ([0.1, float("nan")], 0.05),
            "p > 1": ([0.1, 1.2], 0.05),
            "p < 0": ([-0.1, 0.2], 0.05),
            "alpha = 0": ([0.1, 0.2], 0.0),
            "alpha = 1": ([0.1, 0.2], 1.0),
        }
        for name, (p, a) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                holm_bonferroni(p, alpha=a)

    def test_input_not_modified(self):
        """The p-value array is left unchanged"""
        p = np.array([0.3, 0.01, 0.2, 0.04])
        before = p.copy()
        holm_bonferroni(p)
        check_close(p, before, 0, 0, "pvalues after the call")


if __name__ == "__main__":
    unittest.main()
