import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import kaplan_meier, median_survival

T = [3, 5, 5, 6, 8, 8, 9, 12]
E = [1, 1, 0, 1, 1, 0, 1, 0]


class VisibleTests(unittest.TestCase):
    def test_steps_and_risk_sets(self):
        """Event times 3, 5, 6, 8, 9; the unit censored at 5 is still at risk at 5"""
        event_times, at_risk, n_events, survival, se = kaplan_meier(T, E)
        check_equal(np.asarray(event_times).tolist(), [3.0, 5.0, 6.0, 8.0, 9.0], "event_times")
        check_equal(np.asarray(at_risk).tolist(), [8, 7, 5, 4, 2], "at_risk")
        check_equal(np.asarray(n_events).tolist(), [1, 1, 1, 1, 1], "n_events")
        check_close(survival, [7 / 8, 7 / 8 * 6 / 7, 0.75 * 4 / 5, 0.6 * 3 / 4, 0.45 * 1 / 2], 1e-12, 1e-9, "survival")

    def test_greenwood(self):
        """se = S * sqrt(sum d / (n (n - d)))"""
        _, _, _, survival, se = kaplan_meier(T, E)
        terms = np.cumsum([1 / (8 * 7), 1 / (7 * 6), 1 / (5 * 4), 1 / (4 * 3), 1 / (2 * 1)])
        check_close(se, np.asarray(survival) * np.sqrt(terms), 1e-12, 1e-9, "Greenwood se")

    def test_median(self):
        """The curve first reaches 0.45 <= 0.5 at t = 8"""
        check_close(median_survival(T, E), 8.0, 0, 0, "median_survival")


if __name__ == "__main__":
    unittest.main()
