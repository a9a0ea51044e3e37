import copy
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises
from solution import one_way_anova

ATOL, RTOL = 1e-12, 1e-9


def _exact(groups):
    # Exact rational arithmetic on the float values, converted to float at the end.
    gs = [[Fraction(float(v)) for v in g] for g in groups]
    k, n = len(gs), sum(len(g) for g in gs)
    grand = sum(sum(g) for g in gs) / n
    means = [sum(g) / len(g) for g in gs]
    ssb = sum(len(g) * (m - grand) ** 2 for g, m in zip(gs, means))
    ssw = sum(sum((v - m) ** 2 for v in g) for g, m in zip(gs, means))
    f = (ssb / (k - 1)) / (ssw / (n - k))
    return float(f), k - 1, n - k, float(ssb / (ssb + ssw))


def _check_result(got, groups, what):
    exp = _exact(groups)
    check(len(got) == 4, "%s: expected a 4-tuple (F, df_between, df_within, eta_squared)" % what, 4, len(got))
    check_equal((got[1], got[2]), (exp[1], exp[2]), "%s (df_between, df_within)" % what)
    check_close([float(got[0]), float(got[3])], [exp[0], exp[3]], ATOL, RTOL, "%s (F, eta_squared)" % what)


class HiddenTests(unittest.TestCase):
    def test_random_groups_exact(self):
        """Random groups of different sizes match exact rational arithmetic"""
        rng = np.random.default_rng(9)
        for trial in range(15):
            k = int(rng.integers(2, 7))
            groups = [rng.normal(rng.normal(0, 2), rng.uniform(0.5, 3), size=int(rng.integers(1, 16))) for _ in range(k)]
            if sum(len(g) for g in groups) <= k:
                groups[0] = np.append(groups[0], 0.25)
            copies = copy.deepcopy(groups)
            _check_result(one_way_anova(groups), copies, "random groups (trial %d)" % trial)

    def test_constant_groups_whose_mean_is_inexact(self):
        """Constant groups [0.1]*3 and [0.7]*3 raise ValueError even though a float mean of 0.1s is not exactly 0.1"""
        check_raises(ValueError, one_way_anova, [[0.1, 0.1, 0.1], [0.7, 0.7, 0.7]], what="two constant groups of 0.1 and 0.7")
        check_raises(ValueError, one_way_anova, [[3.3] * 6, [1e6 + 0.1] * 7], what="constant groups of 3.3 and 1e6 + 0.1")

    def test_large_common_offset(self):
        """Values near 1e6 with a spread near 1 keep full accuracy"""
        rng = np.random.default_rng(40)
        groups = [1e6 + rng.normal(mu, 1.0, size=n) for mu, n in ((0.0, 60), (0.3, 45), (-0.2, 80))]
        copies = copy.deepcopy(groups)
        _check_result(one_way_anova(groups), copies, "groups near 1e6")

    def test_grand_mean_weights_by_size(self):
        """Very unequal sizes: the grand mean is the mean of all values, not of the group means"""
        groups = [[0.0] * 9 + [1.0], [10.0, 12.0]]
        _check_result(one_way_anova(groups), groups, "sizes 10 and 2")

    def test_singleton_group_and_partly_constant(self):
        """A group of size 1 and a constant group are fine when another group varies"""
        _check_result(one_way_anova([[5.0], [1.0, 2.0, 3.0]]), [[5.0], [1.0, 2.0, 3.0]], "[[5], [1, 2, 3]]")
        _check_result(one_way_anova([[4, 4, 4], [1, 2, 6], [3, 3]]), [[4, 4, 4], [1, 2, 6], [3, 3]], "one varying group")

    def test_equal_means_give_zero(self):
        """Groups with the same mean give F = 0 and eta squared = 0"""
        f, d1, d2, eta = one_way_anova([[1.0, 3.0], [0.0, 4.0], [2.0, 2.0, 2.0]])
        check_close([float(f), float(eta)], [0.0, 0.0], ATOL, RTOL, "(F, eta_squared) for equal means")
        check_equal((d1, d2), (2, 4), "(df_between, df_within)")

    def test_types(self):
        """Integer lists work; the dfs are Python ints and F, eta squared are floats"""
        got = one_way_anova(([1, 2, 3], [3, 5, 7], [8, 9]))
        check(type(got[1]) is int and type(got[2]) is int, "df_between and df_within must be Python ints",
              "int, int", "%s, %s" % (type(got[1]).__name__, type(got[2]).__name__))
        check(isinstance(got[0], float) and isinstance(got[3], float), "F and eta_squared must be floats",
              "float, float", "%s, %s" % (type(got[0]).__name__, type(got[3]).__name__))
        _check_result(got, [[1, 2, 3], [3, 5, 7], [8, 9]], "a tuple of int lists")

    def test_invalid_groups_raise(self):
        """One group, N <= k, an empty or 2-D group, nan and inf raise ValueError"""
        check_raises(ValueError, one_way_anova, [[1.0, 2.0, 3.0]], what="one group")
        check_raises(ValueError, one_way_anova, [[1.0], [2.0]], what="two groups of one value (N = k)")
        check_raises(ValueError, one_way_anova, [[1.0, 2.0], []], what="an empty group")
        check_raises(ValueError, one_way_anova, [[1.0, 2.0], [[3.0, 4.0]]], what="a 2-D group")
        check_raises(ValueError, one_way_anova, [[1.0, float("nan")], [2.0, 3.0]], what="a nan value")
        check_raises(ValueError, one_way_anova, [[1.0, 2.0], [float("inf"), 3.0]], what="an infinite value")

    def test_constant_groups_raise(self):
        """Constant groups with different means raise ValueError (F would be infinite)"""
        check_raises(ValueError, one_way_anova, [[1.0, 1.0], [7.0, 7.0, 7.0], [3.0]], what="three constant groups")
        check_raises(ValueError, one_way_anova, [[1e6, 1e6, 1e6], [1e6 + 2, 1e6 + 2]], what="constant groups near 1e6")

    def test_inputs_not_modified(self):
        """The group arrays are left unchanged"""
        groups = [np.array([3.0, 1.0, 2.0]), np.array([7.0, 5.0])]
        before = [g.copy() for g in groups]
        one_way_anova(groups)
        check(all(np.array_equal(g, b) for g, b in zip(groups, before)), "the groups must not be modified",
              [b.tolist() for b in before], [g.tolist() for g in groups])


if __name__ == "__main__":
    unittest.main()
