import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import best_split

TOL = 1e-9


def _brute(X, g, h, lam, gamma, mcw):
    # Every candidate partition enumerated with explicit row lists and exact-ish sums.
    X = np.asarray(X, dtype=np.float64).tolist()
    g = [float(v) for v in g]
    h = [float(v) for v in h]
    n, d = len(X), len(X[0])
    G, H = math.fsum(g), math.fsum(h)
    parent = G * G / (H + lam)
    best = None
    for j in range(d):
        col = [row[j] for row in X]
        vals = sorted(set(v for v in col if not math.isnan(v)))
        for a, b in zip(vals, vals[1:]):
            t = (a + b) / 2
            for default_left in (False, True):
                left = [i for i in range(n) if (default_left if math.isnan(col[i]) else col[i] < t)]
                right = [i for i in range(n) if i not in set(left)]
                GL, HL = math.fsum(g[i] for i in left), math.fsum(h[i] for i in left)
                GR, HR = math.fsum(g[i] for i in right), math.fsum(h[i] for i in right)
                if HL < mcw or HR < mcw:
                    continue
                gain = 0.5 * (GL * GL / (HL + lam) + GR * GR / (HR + lam) - parent) - gamma
                if gain > 0 and (best is None or gain > best["gain"]):
                    best = {"feature": j, "threshold": t, "gain": gain, "default_left": default_left,
                            "left_weight": -GL / (HL + lam), "right_weight": -GR / (HR + lam)}
    return best


def _same(got, expected, what):
    if expected is None:
        check(got is None, "%s: no split expected" % what, None, got)
        return
    check(isinstance(got, dict), "%s: a split dict expected" % what, expected, got)
    check_equal(int(got["feature"]), expected["feature"], "%s: feature" % what)
    check_equal(bool(got["default_left"]), expected["default_left"], "%s: default_left" % what)
    for key in ("threshold", "gain", "left_weight", "right_weight"):
        check_close(got[key], expected[key], TOL, TOL, "%s: %s" % (what, key))


class HiddenTests(unittest.TestCase):
    def test_randomized_against_brute_force(self):
        """Random nodes with missing values, repeated values and varied parameters match an exhaustive search"""
        rng = np.random.default_rng(14)
        for trial in range(12):
            n, d = int(rng.integers(2, 30)), int(rng.integers(1, 4))
            X = np.round(rng.normal(size=(n, d)) * 3) / 2
            X[rng.random((n, d)) < 0.2] = np.nan
            g = rng.normal(size=n)
            h = rng.uniform(0.05, 1.0, size=n)
            lam = float(rng.choice([0.1, 1.0, 5.0]))
            gamma = float(rng.choice([0.0, 0.05]))
            mcw = float(rng.choice([0.0, 0.5, 1.5]))
            _same(best_split(X, g, h, lam, gamma, mcw), _brute(X, g, h, lam, gamma, mcw),
                  "trial %d (n=%d, d=%d, lambda=%g, gamma=%g, mcw=%g)" % (trial, n, d, lam, gamma, mcw))

    def test_min_child_weight_uses_hessians(self):
        """Children are limited by their hessian sums, not their row counts"""
        X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]])
        g = np.array([-5.0, -1.0, 0.0, 1.0, 1.0, 4.0])
        h = np.array([0.1, 0.1, 2.0, 2.0, 0.1, 0.1])
        for mcw in (0.0, 0.15, 0.3, 2.5):
            _same(best_split(X, g, h, 1.0, 0.0, mcw), _brute(X, g, h, 1.0, 0.0, mcw), "min_child_weight = %g" % mcw)

    def test_tie_breaking(self):
        """Exact ties: duplicated columns go to feature 0; mirrored data to the lower threshold; no nan to default right"""
        X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
        g = np.array([-1.0, 1.0, 1.0, -1.0])
        h = np.ones(4)
        got = best_split(X, g, h, 1.0, 0.0, 0.0)
        check_equal(int(got["feature"]), 0, "feature chosen among identical columns")
        check_close(got["threshold"], 0.5, TOL, TOL, "threshold chosen among mirrored splits")
        check_equal(bool(got["default_left"]), False, "default_left with no missing values")

    def test_degenerate_nodes(self):
        """Constant, all-missing and single-value features give no candidates; zero gradients give None"""
        X = np.array([[1.0, np.nan, 2.0], [1.0, np.nan, np.nan], [1.0, np.nan, 2.0]])
        g = np.array([1.0, -2.0, 1.0])
        check(best_split(X, g, np.ones(3), 1.0, 0.0, 0.0) is None, "no feature has two distinct values: None", None, "a split")
        X2 = np.array([[1.0], [2.0], [3.0]])
        check(best_split(X2, np.zeros(3), np.ones(3), 1.0, 0.0, 0.0) is None, "zero gradients have zero gain: None", None, "a split")

    def test_large_node_within_budget(self):
        """100,000 rows and 4 features with missing values within one second, matching a prefix-sum check"""
        rng = np.random.default_rng(5)
        n = 100_000
        X = rng.integers(0, 2000, size=(n, 4)).astype(float)
        X[rng.random((n, 4)) < 0.1] = np.nan
        g = np.where(np.nan_to_num(X[:, 2], nan=1500.0) > 1000, 1.0, -1.0) + rng.normal(size=n) * 0.5
        h = rng.uniform(0.5, 1.5, size=n)
        X_copy, g_copy, h_copy = X.copy(), g.copy(), h.copy()
        start = time.perf_counter()
        got = best_split(X, g, h)
        elapsed = time.perf_counter() - start
        check(elapsed < 1.0, "best_split on 100,000 rows took %.2f s; the budget is 1 s (use prefix sums)" % elapsed, "< 1 s", "%.2f s" % elapsed)
        check_equal(int(got["feature"]), 2, "feature carrying the signal")
        check_equal(bool(got["default_left"]), False, "missing rows (positive gradients) go right")
        col = X[:, 2]
        left = ~np.isnan(col) & (col < got["threshold"])
        GL, HL = g[left].sum(), h[left].sum()
        GR, HR = g[~left].sum(), h[~left].sum()
        G, H = g.sum(), h.sum()
        check_close(got["gain"], 0.5 * (GL ** 2 / (HL + 1) + GR ** 2 / (HR + 1) - G ** 2 / (H + 1)), 1e-6, 1e-9, "gain of the chosen split")
        check(np.array_equal(X, X_copy, equal_nan=True), "X must be left unchanged (including its nan entries)", "unchanged X", "modified X")
        check_equal(g, g_copy, "g after the call")
        check_equal(h, h_copy, "h after the call")

    def test_lists_and_integers(self):
        """Integer lists are accepted; the dict holds an int, floats and a bool"""
        got = best_split([[1], [2], [3], [4]], [-2, -2, 1, 3], [1, 1, 1, 1])
        check(type(got["feature"]) is int and isinstance(got["default_left"], bool), "feature must be an int and default_left a bool",
              "int, bool", (type(got["feature"]).__name__, type(got["default_left"]).__name__))
        for key in ("threshold", "gain", "left_weight", "right_weight"):
            check(isinstance(got[key], float), "%s must be a float" % key, "float", type(got[key]).__name__)
        check_close(got["gain"], 16 / 3, TOL, TOL, "gain from integer lists")

    def test_invalid_input_raises(self):
        """Bad shapes, infinities, negative hessians and bad parameters raise ValueError"""
        X, g, h = np.array([[1.0], [2.0]]), np.array([1.0, -1.0]), np.ones(2)
        cases = [
            ("1-D X", lambda: best_split(np.array([1.0, 2.0]), g, h)),
            ("g of length 3", lambda: best_split(X, np.zeros(3), h)),
            ("h of shape (2, 1)", lambda: best_split(X, g, np.ones((2, 1)))),
            ("an infinite feature value", lambda: best_split(np.array([[1.0], [np.inf]]), g, h)),
            ("a negative hessian", lambda: best_split(X, g, np.array([1.0, -0.5]))),
            ("reg_lambda = 0", lambda: best_split(X, g, h, reg_lambda=0.0)),
            ("gamma = -1", lambda: best_split(X, g, h, gamma=-1.0)),
            ("min_child_weight = -1", lambda: best_split(X, g, h, min_child_weight=-1.0)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
