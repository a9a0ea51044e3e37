import time
import unittest

import numpy as np

from mlreps_check import check, check_equal, fail
from solution import left_join


def _nested(lk, rk, rv):
    idx, vals = [], []
    for i, k in enumerate(lk):
        hits = [v for r, v in zip(rk, rv) if r == k]
        if hits:
            idx += [i] * len(hits)
            vals += hits
        else:
            idx.append(i)
            vals.append(float("nan"))
    return idx, vals


def check_vals(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check(a.shape == e.shape and np.array_equal(a, e, equal_nan=True), "%s differ" % what, e, a)


class HiddenTests(unittest.TestCase):
    def test_random_against_nested_loops(self):
        """Random keys with duplicates on both sides match a nested loop, order included"""
        rng = np.random.default_rng(9)
        for trial in range(15):
            lk = rng.integers(0, 8, size=int(rng.integers(0, 25))).tolist()
            rk = rng.integers(0, 8, size=int(rng.integers(0, 25))).tolist()
            rv = rng.normal(size=len(rk)).round(3).tolist()
            idx, vals = left_join(lk, rk, rv)
            e_idx, e_vals = _nested(lk, rk, rv)
            check_equal(np.asarray(idx, dtype=np.int64).tolist(), e_idx, "left_index (trial %d)" % trial)
            check_vals(vals, e_vals, "values (trial %d)" % trial)

    def test_right_order_kept_for_duplicates(self):
        """Three matches of one key come back in the right table's order, not sorted by value"""
        idx, vals = left_join(["k"], ["k", "z", "k", "k"], [3.0, 0.0, 1.0, 2.0])
        check_equal(np.asarray(vals).tolist(), [3.0, 1.0, 2.0], "values of the three matches")

    def test_empty_left(self):
        """An empty left table gives empty outputs"""
        idx, vals = left_join([], [1, 2], [1.0, 2.0])
        check(len(idx) == 0 and len(vals) == 0, "outputs must be empty", "length 0", (len(idx), len(vals)))

    def test_large_join_fast(self):
        """100,000 x 100,000 rows join in under 2 s with the right size"""
        rng = np.random.default_rng(2)
        lk = rng.integers(0, 60_000, size=100_000)
        rk = rng.integers(0, 60_000, size=100_000)
        rv = rng.normal(size=100_000)
        start = time.perf_counter()
        idx, vals = left_join(lk, rk, rv)
        elapsed = time.perf_counter() - start
        counts = np.bincount(rk, minlength=60_000)
        expected_m = int(np.maximum(counts[lk], 1).sum())
        check_equal(len(idx), expected_m, "number of output rows")
        if elapsed > 2.0:
            fail("left_join took %.2f s for 100,000 x 100,000 rows; sort once and use searchsorted" % elapsed, "< 2 s", "%.2f s" % elapsed)
        sel = np.flatnonzero(np.asarray(idx) == 123)
        e_idx, e_vals = _nested([int(lk[123])], rk.tolist(), rv.tolist())
        check_vals(np.asarray(vals)[sel], e_vals, "values of left row 123")

    def test_invalid_input_raises(self):
        """Mismatched right arrays, 2-D keys and an unknown validate raise ValueError"""
        cases = {
            "right length mismatch": lambda: left_join([1], [1, 2], [1.0]),
            "2-D left keys": lambda: left_join([[1]], [1], [1.0]),
            "unknown validate": lambda: left_join([1], [1], [1.0], validate="one_to_one"),
            "duplicates with many_to_one": lambda: left_join([1], [2, 1, 2], [1.0, 2.0, 3.0], validate="many_to_one"),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """Inputs are left unchanged (no in-place sort of the right table)"""
        lk = np.array([3, 1, 2])
        rk = np.array([2, 3, 1, 3])
        rv = np.array([20.0, 30.0, 10.0, 31.0])
        copies = [a.copy() for a in (lk, rk, rv)]
        left_join(lk, rk, rv)
        check(all(np.array_equal(a, c) for a, c in zip((lk, rk, rv), copies)), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
