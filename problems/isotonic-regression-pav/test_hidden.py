import time
import unittest

import numpy as np

from mlreps_check import check, check_close, fail
from solution import isotonic_fit

ATOL, RTOL = 1e-12, 1e-9


def _minmax(x, y, w, increasing=True):
    # Merge equal x by hand, then the max-min formula: f_i = max_{j<=i} min_{k>=i} mean_w(y_j..y_k).
    groups = {}
    for xi, yi, wi in zip(x, y, w):
        g = groups.setdefault(float(xi), [0.0, 0.0])
        g[0] += wi * (yi if increasing else -yi)
        g[1] += wi
    keys = sorted(groups)
    ys = [groups[k][0] / groups[k][1] for k in keys]
    ws = [groups[k][1] for k in keys]
    m = len(keys)
    sw = np.concatenate([[0.0], np.cumsum(np.array(ws) * np.array(ys))])
    s = np.concatenate([[0.0], np.cumsum(ws)])
    fitted = {}
    for i in range(m):
        best = -np.inf
        for j in range(i + 1):
            worst = min((sw[k + 1] - sw[j]) / (s[k + 1] - s[j]) for k in range(i, m))
            best = max(best, worst)
        fitted[keys[i]] = best if increasing else -best
    return [fitted[float(xi)] for xi in x]


class HiddenTests(unittest.TestCase):
    def test_random_against_minmax_formula(self):
        """Random weighted data with repeated x, both directions, match the max-min formula"""
        rng = np.random.default_rng(20)
        for trial in range(20):
            n = int(rng.integers(1, 30))
            x = rng.integers(0, 12, size=n).astype(float)
            y = 0.3 * x + rng.normal(0, 1.5, size=n)
            w = rng.uniform(0.2, 3, size=n) if trial % 2 else np.ones(n)
            inc = trial % 3 != 0
            got = isotonic_fit(x, y, weights=w if trial % 2 else None, increasing=inc)
            check_close(got, _minmax(x, y, w, inc), 1e-10, 1e-9,
                        "fit (trial %d, n=%d, increasing=%s)" % (trial, n, inc))

    def test_cascading_merges(self):
        """One low point at the end pools all the way back: [1, 2, 3, 4, -10] becomes its mean"""
        check_close(isotonic_fit([1, 2, 3, 4, 5], [1, 2, 3, 4, -10]), [0.0] * 5, ATOL, RTOL, "fit with a cascade")

    def test_ties_in_x_share_a_value(self):
        """Points with equal x get the same fitted value even when y is already in order"""
        got = isotonic_fit([1, 1, 2], [0.0, 4.0, 3.0])
        check_close(got, [2.0, 2.0, 3.0], ATOL, RTOL, "fit with tied x")

    def test_input_order_preserved(self):
        """Unsorted x: fitted values come back in the caller's order"""
        x = np.array([5.0, 1.0, 4.0, 2.0, 3.0])
        y = np.array([3.5, 1.0, 4.0, 3.0, 2.0])
        check_close(isotonic_fit(x, y), [3.75, 1.0, 3.75, 2.5, 2.5], ATOL, RTOL, "fit of shuffled points")

    def test_already_monotone_is_unchanged(self):
        """Monotone data is returned as is"""
        y = np.array([0.1, 0.2, 0.2, 0.7, 0.9])
        check_close(isotonic_fit(np.arange(5), y), y, ATOL, RTOL, "fit of monotone data")

    def test_large_input_is_fast(self):
        """50,000 noisy points (many merges) are fitted in under 3 s, and the result is monotone with the right mean"""
        rng = np.random.default_rng(1)
        n = 50_000
        x = rng.uniform(0, 1, size=n)
        y = np.sin(3 * x) + rng.normal(0, 1, size=n)
        start = time.perf_counter()
        got = np.asarray(isotonic_fit(x, y))
        elapsed = time.perf_counter() - start
        if elapsed > 3.0:
            fail("isotonic_fit took %.2f s for 50,000 points; PAV with a stack of blocks is linear after sorting" % elapsed,
                 "< 3 s", "%.2f s" % elapsed)
        order = np.argsort(x)
        check(np.all(np.diff(got[order]) >= -1e-12), "the fit must be non-decreasing in x", "monotone", got[order][:10])
        check_close(got.mean(), y.mean(), 1e-9, 0, "mean of the fit (pooling preserves the weighted mean)")

    def test_invalid_input_raises(self):
        """Empty, mismatched, 2-D or non-finite input and bad weights raise ValueError"""
        cases = {
            "empty": ([], [], None),
            "mismatched": ([1.0, 2.0], [1.0], None),
            "2-D": ([[1.0, 2.0]], [[1.0, 2.0]], None),
            "NaN": ([1.0, 2.0], [1.0, float("nan")], None),
            "zero weight": ([1.0, 2.0], [1.0, 2.0], [1.0, 0.0]),
            "weights of the wrong length": ([1.0, 2.0], [1.0, 2.0], [1.0]),
        }
        for name, (x, y, w) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                isotonic_fit(x, y, weights=w)

    def test_inputs_not_modified(self):
        """x, y and weights are left unchanged"""
        x, y, w = np.array([3.0, 1.0, 2.0]), np.array([1.0, 3.0, 2.0]), np.array([1.0, 2.0, 1.0])
        copies = [a.copy() for a in (x, y, w)]
        isotonic_fit(x, y, weights=w)
        check(all(np.array_equal(a, c) for a, c in zip((x, y, w), copies)), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
