import math
import time
import unittest
from collections import Counter

import numpy as np

from mlreps_check import check, check_close, fail
from solution import mann_whitney_u


def _expected(x, y):
    # Pair counts from sorted arrays (searchsorted), tie groups from a Counter.
    xs, ys = np.sort(np.asarray(x, float)), np.sort(np.asarray(y, float))
    below = np.searchsorted(ys, xs, side="left")
    upto = np.searchsorted(ys, xs, side="right")
    u = float(below.sum() + 0.5 * (upto - below).sum())
    nx, ny = len(xs), len(ys)
    n = nx + ny
    ties = sum(t ** 3 - t for t in Counter(np.concatenate([xs, ys]).tolist()).values())
    var = nx * ny / 12 * ((n + 1) - ties / (n * (n - 1)))
    z = (u - nx * ny / 2) / math.sqrt(var)
    return u, z, math.erfc(abs(z) / math.sqrt(2))


class HiddenTests(unittest.TestCase):
    def test_random_samples_with_many_ties(self):
        """Random integer-valued samples (heavy ties) match pair counts and tie groups"""
        rng = np.random.default_rng(5)
        for trial in range(25):
            x = rng.integers(0, 6, size=int(rng.integers(1, 40))).astype(float)
            y = (rng.integers(0, 6, size=int(rng.integers(1, 40))) + rng.integers(0, 2)).astype(float)
            if len(set(x.tolist()) | set(y.tolist())) < 2:
                continue
            check_close(mann_whitney_u(x, y), _expected(x, y), 1e-9, 1e-9, "(u, z, p) (trial %d)" % trial)

    def test_continuous_samples(self):
        """Continuous samples without ties match the untied formula"""
        rng = np.random.default_rng(6)
        x, y = rng.normal(0.3, 1, size=50), rng.normal(0, 1, size=70)
        u, z, p = mann_whitney_u(x, y)
        check_close(z, (u - 1750) / math.sqrt(50 * 70 * 121 / 12), 1e-12, 1e-9, "z without ties")
        check_close(u, _expected(x, y)[0], 1e-9, 0, "u_x")

    def test_one_value_each(self):
        """One value per sample: U is 1, 0 or 0.5 by comparison"""
        check_close(mann_whitney_u([2.0], [1.0])[0], 1.0, 1e-12, 0, "U for [2] vs [1]")
        check_close(mann_whitney_u([1.0], [2.0])[0], 0.0, 1e-12, 0, "U for [1] vs [2]")

    def test_large_samples_fast(self):
        """20,000 values per sample with many ties finish in under 2 s and match"""
        rng = np.random.default_rng(7)
        x = rng.integers(0, 500, size=20000).astype(float)
        y = rng.integers(3, 503, size=20000).astype(float)
        start = time.perf_counter()
        got = mann_whitney_u(x, y)
        elapsed = time.perf_counter() - start
        check_close(got, _expected(x, y), 1e-6, 1e-9, "(u, z, p) for 20,000 per sample")
        if elapsed > 2.0:
            fail("mann_whitney_u took %.2f s on 20,000 values per sample; sort once instead of comparing all pairs" % elapsed,
                 "< 2 s", "%.2f s" % elapsed)

    def test_types_and_lists(self):
        """Lists of ints are accepted and the results are Python floats"""
        got = mann_whitney_u([1, 5, 3], [2, 2, 4, 6])
        check(all(isinstance(v, float) for v in got), "results must be Python floats", "float", [type(v).__name__ for v in got])

    def test_invalid_input_raises(self):
        """Empty, 2-D or non-finite samples raise ValueError"""
        cases = {"empty x": ([], [1.0]), "2-D y": ([1.0], [[1.0, 2.0]]), "NaN": ([1.0, float("nan")], [2.0])}
        for name, (x, y) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                mann_whitney_u(x, y)

    def test_inputs_not_modified(self):
        """x and y are left unchanged"""
        x, y = np.array([3.0, 1.0, 2.0]), np.array([2.0, 5.0, 0.5])
        xb, yb = x.copy(), y.copy()
        mann_whitney_u(x, y)
        check(np.array_equal(x, xb) and np.array_equal(y, yb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
