import random
import unittest
from fractions import Fraction

from mlreps_check import check, check_close, check_raises
from solution import permutation_test

TOL = 1e-12


def _brute_force(x, y, alternative):
    """Exact p-value with rational arithmetic over all bitmasks of the pooled sample."""
    pooled = [Fraction(v) for v in list(x) + list(y)]
    m, n = len(x), len(y)
    total = sum(pooled)
    observed = sum(pooled[:m]) / m - sum(pooled[m:]) / n
    hits = splits = 0
    for mask in range(1 << (m + n)):
        if bin(mask).count("1") != m:
            continue
        s = sum(v for i, v in enumerate(pooled) if mask >> i & 1)
        diff = s / m - (total - s) / n
        splits += 1
        if alternative == "two-sided":
            hits += abs(diff) >= abs(observed)
        elif alternative == "greater":
            hits += diff >= observed
        else:
            hits += diff <= observed
    return float(observed), hits / splits


class HiddenTests(unittest.TestCase):
    def test_unequal_sizes(self):
        """x=[10], y=[1,2,3]: only the observed split is as extreme, p = 1/4"""
        observed, p = permutation_test([10], [1, 2, 3])
        check_close(observed, 8.0, TOL, 0, "observed difference")
        check_close(p, 0.25, TOL, 0, "two-sided p-value")

    def test_decimal_values_tie_within_slack(self):
        """x=[0.1,0.2,0.3], y=[0.4,0.5,0.6]: the mirror split ties despite rounding, p = 0.1"""
        observed, p = permutation_test([0.1, 0.2, 0.3], [0.4, 0.5, 0.6])
        check_close(observed, -0.3, 1e-12, 0, "observed difference")
        check_close(p, 0.1, TOL, 0, "two-sided p-value")

    def test_matches_brute_force_random_integers(self):
        """Random small integer samples match an exact brute-force count for all alternatives"""
        rng = random.Random(2024)
        for _ in range(6):
            m = rng.randint(1, 6)
            n = rng.randint(1, 6)
            x = [rng.randint(0, 9) for _ in range(m)]
            y = [rng.randint(0, 9) for _ in range(n)]
            for alternative in ("two-sided", "greater", "less"):
                exp_obs, exp_p = _brute_force(x, y, alternative)
                observed, p = permutation_test(x, y, alternative=alternative)
                check_close(observed, exp_obs, 1e-12, 1e-12, "observed for x=%s, y=%s" % (x, y))
                check_close(p, exp_p, TOL, 0, "%s p-value for x=%s, y=%s" % (alternative, x, y))

    def test_swap_symmetry(self):
        """Swapping samples keeps the two-sided p and exchanges 'greater' with 'less'"""
        x = [3.1, 4.7, 2.2, 5.0, 4.4]
        y = [6.3, 5.9, 4.8, 7.1]
        _, p_two = permutation_test(x, y)
        _, p_two_swapped = permutation_test(y, x)
        check_close(p_two_swapped, p_two, TOL, 0, "two-sided p after swapping")
        _, p_greater = permutation_test(x, y, alternative="greater")
        _, p_less_swapped = permutation_test(y, x, alternative="less")
        check_close(p_less_swapped, p_greater, TOL, 0, "'less' for (y, x) vs 'greater' for (x, y)")

    def test_p_value_bounds(self):
        """p lies in [1/C(N,m), 1] and the one-sided p-values sum to at least 1"""
        x = [12.0, 15.5, 9.0, 14.0]
        y = [8.0, 7.5, 10.0, 6.0, 9.5]
        _, p_two = permutation_test(x, y)
        _, p_g = permutation_test(x, y, alternative="greater")
        _, p_l = permutation_test(x, y, alternative="less")
        for name, p in (("two-sided", p_two), ("greater", p_g), ("less", p_l)):
            check(1 / 126 - 1e-12 <= p <= 1.0, "%s p-value must lie in [1/126, 1]" % name, "[1/126, 1]", p)
        check(p_g + p_l >= 1.0 - 1e-12, "p_greater + p_less must be >= 1", ">= 1", p_g + p_l)
        # x-sums >= 50.5 come only from {15.5, 14, 12} plus one of 10, 9.5 or 9.
        check_close(p_g, 3 / 126, TOL, 0, "'greater' p-value")

    def test_larger_input_runs(self):
        """Sixteen values (12,870 splits) with a clear shift give the minimal two-sided p = 2/12870"""
        x = [20.0 + i for i in range(8)]
        y = [float(i) for i in range(8)]
        observed, p = permutation_test(x, y)
        check_close(observed, 20.0, TOL, 0, "observed difference")
        check_close(p, 2 / 12870, TOL, 0, "two-sided p-value")

    def test_inputs_not_modified(self):
        """The input lists are left unchanged"""
        x, y = [1.0, 5.0], [2.0, 3.0, 4.0]
        permutation_test(x, y)
        check(x == [1.0, 5.0] and y == [2.0, 3.0, 4.0], "inputs must not change", ([1.0, 5.0], [2.0, 3.0, 4.0]), (x, y))

    def test_invalid_arguments_raise(self):
        """An empty sample or an unknown alternative raises ValueError"""
        for args, kwargs in [(([], [1.0, 2.0]), {}), (([1.0], []), {}), (([1.0], [2.0]), {"alternative": "bigger"})]:
            check_raises(ValueError, permutation_test, *args, **kwargs)


if __name__ == "__main__":
    unittest.main()
