import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape


from solution import kaplan_meier, median_survival


def _loops(times, events):
    # Walk the distinct event times; count risk sets and deaths with plain loops.
    t = [float(v) for v in times]
    e = [int(v) for v in events]
    us = sorted({ti for ti, ei in zip(t, e) if ei == 1})
    s, acc, dead = 1.0, 0.0, False
    rows = []
    for u in us:
        n = sum(1 for ti in t if ti >= u)
        d = sum(1 for ti, ei in zip(t, e) if ti == u and ei == 1)
        s *= 1 - d / n
        if d == n:
            dead = True
        if not dead:
            acc += d / (n * (n - d))
        rows.append((u, n, d, s, float("nan") if dead else s * math.sqrt(acc)))
    return rows


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], 1e-12, 1e-9, what)


class HiddenTests(unittest.TestCase):
    def test_random_censored_data_with_ties(self):
        """Random integer times (many ties between events and censorings) match a loop computation"""
        rng = np.random.default_rng(12)
        for trial in range(20):
            n = int(rng.integers(1, 60))
            t = rng.integers(0, 15, size=n)
            e = (rng.random(n) < rng.uniform(0.2, 0.9)).astype(int)
            rows = _loops(t, e)
            got = kaplan_meier(t.tolist(), e.tolist())
            what = " (trial %d, n=%d)" % (trial, n)
            check_equal(np.asarray(got[0], dtype=float).tolist(), [r[0] for r in rows], "event_times" + what)
            check_equal(np.asarray(got[1]).tolist(), [r[1] for r in rows], "at_risk" + what)
            check_equal(np.asarray(got[2]).tolist(), [r[2] for r in rows], "n_events" + what)
            check_nan_close(got[3], [r[3] for r in rows], "survival" + what)
            check_nan_close(got[4], [r[4] for r in rows], "se" + what)

    def test_no_censoring_is_the_empirical_survival(self):
        """Without censoring S(t) equals the share of units whose time exceeds t"""
        rng = np.random.default_rng(3)
        t = rng.exponential(5, size=40)
        event_times, _, _, survival, _ = kaplan_meier(t, np.ones(40, dtype=int))
        check_close(survival, [np.mean(t > u) for u in np.asarray(event_times)], 1e-12, 1e-9, "survival without censoring")

    def test_curve_reaching_zero(self):
        """If the last unit has the event, S drops to 0 and se is NaN from there"""
        event_times, at_risk, n_events, survival, se = kaplan_meier([1, 2, 2, 4], [1, 0, 1, 1])
        check_close(survival, [0.75, 0.5, 0.0], 1e-12, 1e-9, "survival")
        check_nan_close(se, [0.75 * math.sqrt(1 / 12), 0.5 * math.sqrt(1 / 12 + 1 / 6), float("nan")], "se")

    def test_unsorted_input_and_bool_flags(self):
        """Order does not matter and bool flags work"""
        t = [9, 3, 12, 5, 8, 6, 5, 8]
        e = [True, True, False, False, True, True, True, False]
        a = kaplan_meier(t, e)
        b = kaplan_meier([3, 5, 5, 6, 8, 8, 9, 12], [1, 1, 0, 1, 1, 0, 1, 0])
        for name, x, y in zip(("event_times", "at_risk", "n_events", "survival", "se"), a, b):
            check_nan_close(x, y, name + " for shuffled input")

    def test_no_events_and_median_none(self):
        """All censored: empty arrays and no median; a curve staying above 0.5 has no median"""
        out = kaplan_meier([2.0, 5.0], [0, 0])
        check(all(np.asarray(a).size == 0 for a in out), "with no event every array is empty", "sizes 0",
              [np.asarray(a).size for a in out])
        check(median_survival([2.0, 5.0], [0, 0]) is None, "median_survival with no events", None, median_survival([2.0, 5.0], [0, 0]))
        check(median_survival([1, 2, 3, 4, 5], [1, 0, 0, 0, 0]) is None, "survival 0.8 never reaches 0.5", None,
              median_survival([1, 2, 3, 4, 5], [1, 0, 0, 0, 0]))

    def test_median_at_exactly_one_half(self):
        """S equal to 0.5 counts: [1, 2, 3, 4] all events has median 2"""
        check_close(median_survival([1, 2, 3, 4], [1, 1, 1, 1]), 2.0, 0, 0, "median at S = 0.5")

    def test_dtypes(self):
        """event_times and survival are float64; at_risk and n_events are integers"""
        et, ar, ne, s, se = kaplan_meier([1, 2, 3], [1, 1, 0])
        check(np.asarray(et).dtype == np.float64 and np.asarray(s).dtype == np.float64 and np.asarray(se).dtype == np.float64,
              "times, survival and se must be float64", "float64", (np.asarray(et).dtype, np.asarray(s).dtype))
        check(np.issubdtype(np.asarray(ar).dtype, np.integer) and np.issubdtype(np.asarray(ne).dtype, np.integer),
              "at_risk and n_events must be integers", "integer dtypes", (np.asarray(ar).dtype, np.asarray(ne).dtype))

    def test_invalid_input_raises(self):
        """Empty, 2-D, negative or NaN times and bad flags raise ValueError"""
        cases = {
            "empty": ([], []),
            "2-D": ([[1.0, 2.0]], [[1, 1]]),
            "negative time": ([-1.0, 2.0], [1, 1]),
            "NaN time": ([float("nan"), 2.0], [1, 1]),
            "flag 2": ([1.0, 2.0], [1, 2]),
            "length mismatch": ([1.0, 2.0], [1]),
        }
        for name, (t, e) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                kaplan_meier(t, e)

    def test_inputs_not_modified(self):
        """times and events are left unchanged"""
        t = np.array([5.0, 2.0, 9.0, 2.0])
        e = np.array([1, 0, 1, 1])
        tb, eb = t.copy(), e.copy()
        kaplan_meier(t, e)
        median_survival(t, e)
        check(np.array_equal(t, tb) and np.array_equal(e, eb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
