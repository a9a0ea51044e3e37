import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_shape, fail
from solution import pivot_table


def check_table(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.allclose(a, e, rtol=1e-9, atol=1e-12, equal_nan=True), "%s differs" % what, e, a)


def _dict_pivot(rows, cols, values, agg, fill):
    cells = {}
    for r, c, v in zip(rows, cols, values):
        cells.setdefault((r, c), []).append(float(v))
    rl, cl = sorted(set(rows)), sorted(set(cols))
    table = []
    for r in rl:
        line = []
        for c in cl:
            vals = cells.get((r, c))
            if not vals:
                line.append(fill)
            else:
                line.append({"sum": math.fsum(vals), "mean": math.fsum(vals) / len(vals), "count": float(len(vals))}[agg])
        table.append(line)
    return rl, cl, table


class HiddenTests(unittest.TestCase):
    def test_random_against_dict(self):
        """Random records match a dict-of-cells computation for every aggregate"""
        rng = np.random.default_rng(11)
        for trial in range(9):
            n = int(rng.integers(1, 80))
            rows = rng.integers(0, 6, size=n).tolist()
            cols = (rng.integers(0, 5, size=n) * 10).tolist()
            vals = rng.normal(0, 5, size=n).tolist()
            agg = ("sum", "mean", "count")[trial % 3]
            fill = float("nan") if trial % 2 else -1.0
            rl, cl, t = pivot_table(rows, cols, vals, aggfunc=agg, fill_value=fill)
            e_rl, e_cl, e_t = _dict_pivot(rows, cols, vals, agg, fill)
            check_equal(np.asarray(rl).tolist(), e_rl, "row_labels (trial %d)" % trial)
            check_equal(np.asarray(cl).tolist(), e_cl, "col_labels (trial %d)" % trial)
            check_table(t, e_t, "%s table (trial %d)" % (agg, trial))

    def test_sum_of_zero_is_not_empty(self):
        """A cell whose values sum to 0 keeps 0; only cells without records get fill_value"""
        rl, cl, t = pivot_table(["a", "a", "b"], ["x", "x", "y"], [5.0, -5.0, 1.0])
        check_table(t, [[0.0, float("nan")], [float("nan"), 1.0]], "sum table")

    def test_no_records(self):
        """No records: empty labels and a 0 x 0 table"""
        rl, cl, t = pivot_table([], [], [])
        check_shape(t, (0, 0), "table of no records")

    def test_many_records_fast(self):
        """200,000 records into a 300 x 50 grid in under 1.5 s"""
        rng = np.random.default_rng(2)
        rows = rng.integers(0, 300, size=200_000)
        cols = rng.integers(0, 50, size=200_000)
        vals = rng.normal(size=200_000)
        start = time.perf_counter()
        rl, cl, t = pivot_table(rows, cols, vals, aggfunc="count")
        elapsed = time.perf_counter() - start
        check(float(np.nansum(t)) == 200_000.0, "counts must add up to the number of records", 200_000, float(np.nansum(t)))
        if elapsed > 1.5:
            fail("pivot_table took %.2f s on 200,000 records; aggregate with bincount over cell ids" % elapsed, "< 1.5 s", "%.2f s" % elapsed)

    def test_invalid_input_raises(self):
        """Mismatched lengths, 2-D input, NaN values and an unknown aggfunc raise ValueError"""
        cases = {
            "mismatched": lambda: pivot_table([1, 2], [1], [1.0, 2.0]),
            "2-D": lambda: pivot_table([[1]], [[1]], [[1.0]]),
            "NaN value": lambda: pivot_table([1], [1], [float("nan")]),
            "unknown aggfunc": lambda: pivot_table([1], [1], [1.0], aggfunc="median"),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """Inputs are left unchanged"""
        r, c, v = np.array([2, 1, 2]), np.array([0, 0, 1]), np.array([1.0, 2.0, 3.0])
        copies = [a.copy() for a in (r, c, v)]
        pivot_table(r, c, v, aggfunc="mean")
        check(all(np.array_equal(a, b) for a, b in zip((r, c, v), copies)), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
