import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises

from solution import cohort_retention

NAN = math.nan


def check_rates(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check(a.shape == e.shape, "%s: expected shape %s, got %s" % (what, e.shape, a.shape), e.shape, a.shape)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN must appear exactly for empty cohorts" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], 1e-12, 0, what)


def _matrix(users, signup, active, k):
    # Sets of users per cohort and per (cohort, offset).
    cohort_of = {}
    for u, s in zip(users, signup):
        cohort_of[int(u)] = int(s)
    first, last = min(cohort_of.values()), max(cohort_of.values())
    cohorts = list(range(first, last + 1))
    members = {c: set() for c in cohorts}
    for u, s in cohort_of.items():
        members[s].add(u)
    active_sets = {(c, j): set() for c in cohorts for j in range(k)}
    for u, s, a in zip(users, signup, active):
        if int(a) - int(s) < k:
            active_sets[int(s), int(a) - int(s)].add(int(u))
    sizes = [len(members[c]) for c in cohorts]
    counts = [[len(active_sets[c, j]) for j in range(k)] for c in cohorts]
    rates = [[counts[i][j] / sizes[i] if sizes[i] else NAN for j in range(k)] for i in range(len(cohorts))]
    return cohorts, sizes, counts, rates


def _log(rng, n_users, first, span, max_rows):
    users, signup, active = [], [], []
    for u in rng.permutation(10 * n_users)[:n_users]:
        s = first + int(rng.integers(0, span))
        for _ in range(int(rng.integers(1, max_rows + 1))):
            users.append(int(u))
            signup.append(s)
            active.append(s + int(rng.geometric(0.4)) - 1)
    perm = rng.permutation(len(users))
    return np.array(users)[perm], np.array(signup)[perm], np.array(active)[perm]


class HiddenTests(unittest.TestCase):
    def test_random_against_sets(self):
        """Random shuffled logs with repeats and gaps between cohorts match a set-based count"""
        rng = np.random.default_rng(10)
        for trial in range(8):
            users, signup, active = _log(rng, int(rng.integers(1, 60)), int(rng.integers(-5, 5)), int(rng.integers(1, 9)), 6)
            k = int(rng.integers(1, 7))
            e_cohorts, e_sizes, e_counts, e_rates = _matrix(users, signup, active, k)
            cohorts, sizes, counts, rates = cohort_retention(users.copy(), signup.copy(), active.copy(), k)
            what = " (trial %d, %d rows, n_offsets=%d)" % (trial, len(users), k)
            check_equal(np.asarray(cohorts).tolist(), e_cohorts, "cohorts" + what)
            check_equal(np.asarray(sizes).tolist(), e_sizes, "sizes" + what)
            check_equal(np.asarray(counts).tolist(), e_counts, "counts" + what)
            check_rates(rates, e_rates, "rates" + what)

    def test_repeated_activity_counts_once(self):
        """One user active five times in their signup period and twice a period later counts once in each cell"""
        _, sizes, counts, rates = cohort_retention([4] * 7, [1] * 7, [1, 1, 1, 1, 1, 2, 2], 2)
        check_equal(np.asarray(sizes).tolist(), [1], "sizes")
        check_equal(np.asarray(counts).tolist(), [[1, 1]], "counts with repeated rows")
        check_rates(rates, [[1.0, 1.0]], "rates with repeated rows")

    def test_size_includes_users_seen_only_late(self):
        """A user whose only rows are past the last column still counts in the cohort size"""
        _, sizes, counts, rates = cohort_retention([1, 2, 3], [0, 0, 0], [0, 0, 9], 2)
        check_equal(np.asarray(sizes).tolist(), [3], "cohort size")
        check_equal(np.asarray(counts).tolist(), [[2, 0]], "counts")
        check_rates(rates, [[2 / 3, 0.0]], "rates")

    def test_periods_without_signups_are_listed(self):
        """Signups in periods -2 and 2 only: cohorts -2 .. 2 are all listed, the three empty ones with size 0 and NaN rates"""
        cohorts, sizes, counts, rates = cohort_retention([9, 5, 9], [2, -2, 2], [3, -2, 2], 2)
        check_equal(np.asarray(cohorts).tolist(), [-2, -1, 0, 1, 2], "cohorts")
        check_equal(np.asarray(sizes).tolist(), [1, 0, 0, 0, 1], "sizes")
        check_equal(np.asarray(counts).tolist(), [[1, 0], [0, 0], [0, 0], [0, 0], [1, 1]], "counts")
        check_rates(rates, [[1.0, 0.0], [NAN, NAN], [NAN, NAN], [NAN, NAN], [1.0, 1.0]], "rates")

    def test_offset_zero_not_the_denominator(self):
        """Users not active in their signup period: offset-0 retention below 1 and a later column above it"""
        _, _, counts, rates = cohort_retention([1, 2, 3, 3], [0, 0, 0, 0], [1, 1, 0, 1], 2)
        check_equal(np.asarray(counts).tolist(), [[1, 3]], "counts")
        check_rates(rates, [[1 / 3, 1.0]], "rates divide by the cohort size, not by the offset-0 count")

    def test_inconsistent_signup_and_early_activity_raise(self):
        """A user with two signup periods, or activity before signup, raises ValueError"""
        check_raises(ValueError, cohort_retention, [1, 2, 1], [0, 0, 1], [0, 0, 1], 2, what="user 1 with signup periods 0 and 1")
        check_raises(ValueError, cohort_retention, [1, 2], [3, 3], [3, 2], 2, what="user 2 active in period 2 before signing up in 3")

    def test_invalid_shapes_and_types_raise(self):
        """Mismatched lengths, 2-D input, float arrays, no rows and bad n_offsets raise ValueError"""
        cases = [
            ("mismatched lengths", ([1, 2], [0, 0], [0], 2)),
            ("2-D user ids", ([[1, 2]], [[0, 0]], [[0, 0]], 2)),
            ("float signup periods", ([1, 2], np.array([0.0, 1.0]), [0, 1], 2)),
            ("float user ids", (np.array([1.0, 2.0]), [0, 1], [0, 1], 2)),
            ("no rows", (np.array([], dtype=int), np.array([], dtype=int), np.array([], dtype=int), 2)),
            ("n_offsets 0", ([1], [0], [0], 0)),
            ("float n_offsets", ([1], [0], [0], 2.0)),
            ("bool n_offsets", ([1], [0], [0], True)),
        ]
        for name, args in cases:
            check_raises(ValueError, cohort_retention, *args, what="cohort_retention with %s" % name)

    def test_inputs_not_modified(self):
        """The shuffled inputs are not sorted or changed in place"""
        users = np.array([3, 1, 2, 1, 3])
        signup = np.array([2, 0, 1, 0, 2])
        active = np.array([4, 1, 1, 0, 2])
        before = (users.copy(), signup.copy(), active.copy())
        cohort_retention(users, signup, active, 3)
        check(all(np.array_equal(x, b) for x, b in zip((users, signup, active), before)), "cohort_retention must not modify its inputs",
              before, (users, signup, active))


if __name__ == "__main__":
    unittest.main()
