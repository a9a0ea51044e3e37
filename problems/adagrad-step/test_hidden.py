import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import adagrad_dense, adagrad_sparse

ATOL, RTOL = 1e-12, 1e-9


def _loop_sparse(table, accum, rows, values, lr, eps):
    table = [list(r) for r in table]
    accum = [list(r) for r in accum]
    summed = {}
    for r, v in zip(rows, values):
        cur = summed.setdefault(r, [0.0] * len(v))
        for d in range(len(v)):
            cur[d] += v[d]
    for r, g in summed.items():
        for d in range(len(g)):
            accum[r][d] += g[d] * g[d]
            table[r][d] -= lr * g[d] / (math.sqrt(accum[r][d]) + eps)
    return table, accum


class HiddenTests(unittest.TestCase):
    def test_sparse_random_with_many_repeats(self):
        """Random lookups with many repeated ids match a loop that sums per row first"""
        rng = np.random.default_rng(0)
        table, accum = rng.normal(size=(6, 3)), rng.uniform(0.1, 2.0, size=(6, 3))
        rows = rng.integers(0, 6, size=20)
        values = rng.normal(size=(20, 3))
        got_t, got_a = adagrad_sparse(table, accum, rows, values, lr=0.3, eps=1e-8)
        exp_t, exp_a = _loop_sparse(table.tolist(), accum.tolist(), rows.tolist(), values.tolist(), 0.3, 1e-8)
        check_close(got_a, exp_a, ATOL, RTOL, "accum")
        check_close(got_t, exp_t, ATOL, RTOL, "table")

    def test_sparse_opposite_lookups_cancel(self):
        """Two lookups of one row with opposite gradients cancel: the row and its accumulator stay put"""
        t, a = adagrad_sparse(np.ones((2, 2)), np.ones((2, 2)), [1, 1], np.array([[1.0, -3.0], [-1.0, 3.0]]))
        check_close(t, np.ones((2, 2)), ATOL, RTOL, "table")
        check_close(a, np.ones((2, 2)), ATOL, RTOL, "accum")

    def test_sparse_empty_and_untouched_rows(self):
        """No lookups leaves everything as it was; untouched rows never change"""
        rng = np.random.default_rng(1)
        table, accum = rng.normal(size=(4, 2)), np.ones((4, 2))
        t, a = adagrad_sparse(table, accum, np.array([], dtype=int), np.zeros((0, 2)))
        check_close(t, table, 0, 0, "table after an empty update")
        check_close(a, accum, 0, 0, "accum after an empty update")
        t, a = adagrad_sparse(table, accum, [3], np.array([[1.0, 1.0]]))
        check_close(np.asarray(t)[:3], table[:3], 0, 0, "rows 0..2 after updating row 3")

    def test_dense_many_steps_and_shapes(self):
        """Ten dense steps on a 2x2 parameter match a scalar loop"""
        rng = np.random.default_rng(2)
        w0 = rng.normal(size=(2, 2))
        seq = [rng.normal(size=(2, 2)) for _ in range(10)]
        w, a = w0, np.zeros((2, 2))
        for g in seq:
            w, a = adagrad_dense(w, g, a, lr=0.2, eps=1e-6)
        ew, ea = w0.ravel().tolist(), [0.0] * 4
        for g in seq:
            for k, gk in enumerate(g.ravel()):
                ea[k] += gk * gk
                ew[k] -= 0.2 * gk / (math.sqrt(ea[k]) + 1e-6)
        check_close(np.asarray(w).ravel(), ew, ATOL, RTOL, "w after 10 steps")
        check_close(np.asarray(a).ravel(), ea, ATOL, RTOL, "accum after 10 steps")

    def test_zero_gradient_from_zero_accumulator(self):
        """A zero gradient with a zero accumulator does not move w (0 / eps, not nan)"""
        w, a = adagrad_dense(np.array([1.0]), np.array([0.0]), np.array([0.0]))
        check(np.all(np.isfinite(w)), "w must stay finite", "finite", w)
        check_close(w, [1.0], 0, 0, "w after a zero gradient")

    def test_invalid_inputs(self):
        """Mismatched shapes, out-of-range or float row ids raise ValueError"""
        with self.assertRaises(ValueError, msg="g of shape (3,) for w of shape (2,)"):
            adagrad_dense(np.ones(2), np.ones(3), np.zeros(2))
        T, A = np.zeros((3, 2)), np.zeros((3, 2))
        with self.assertRaises(ValueError, msg="row id 3 for a 3-row table"):
            adagrad_sparse(T, A, [3], np.ones((1, 2)))
        with self.assertRaises(ValueError, msg="row id -1"):
            adagrad_sparse(T, A, [-1], np.ones((1, 2)))
        with self.assertRaises(ValueError, msg="float row ids"):
            adagrad_sparse(T, A, [0.0], np.ones((1, 2)))
        with self.assertRaises(ValueError, msg="values of shape (2, 2) for one row id"):
            adagrad_sparse(T, A, [0], np.ones((2, 2)))

    def test_inputs_not_modified(self):
        """table, accum, rows and values are left unchanged"""
        rng = np.random.default_rng(3)
        table, accum = rng.normal(size=(3, 2)), np.ones((3, 2))
        rows, values = np.array([0, 2, 0]), rng.normal(size=(3, 2))
        saved = (table.copy(), accum.copy(), rows.copy(), values.copy())
        adagrad_sparse(table, accum, rows, values)
        w, g, a = rng.normal(size=2), rng.normal(size=2), np.ones(2)
        saved_dense = (w.copy(), g.copy(), a.copy())
        adagrad_dense(w, g, a)
        for name, x, s in zip(("table", "accum", "rows", "values"), (table, accum, rows, values), saved):
            check_close(x, s, 0, 0, "%s after adagrad_sparse" % name)
        for name, x, s in zip(("w", "g", "accum"), (w, g, a), saved_dense):
            check_close(x, s, 0, 0, "%s after adagrad_dense" % name)


if __name__ == "__main__":
    unittest.main()
