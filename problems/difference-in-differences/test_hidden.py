import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import did_2x2, did_regression

ATOL, RTOL = 1e-6, 1e-9


def _design(treated, post):
    t = np.asarray(treated, dtype=float)
    p = np.asarray(post, dtype=float)
    return np.column_stack([np.ones_like(t), t, p, t * p])


def _cell_means(y, treated, post):
    # Exactly rounded means of the four cells, keyed by (treated, post).
    out = {}
    for tv in (0, 1):
        for pv in (0, 1):
            vals = [float(v) for v, a, b in zip(y, treated, post) if int(a) == tv and int(b) == pv]
            out[tv, pv] = math.fsum(vals) / len(vals)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_against_least_squares(self):
        """Random unbalanced panels: coefficients match a least-squares fit, b_did matches did_2x2"""
        rng = np.random.default_rng(31)
        for trial in range(8):
            n = int(rng.integers(8, 60))
            treated = rng.integers(0, 2, size=n)
            post = rng.integers(0, 2, size=n)
            treated[:4] = [0, 0, 1, 1]
            post[:4] = [0, 1, 0, 1]
            y = rng.normal(5.0, 2.0, size=n) + 3.0 * treated - 1.5 * post + rng.normal() * treated * post
            expected = np.linalg.lstsq(_design(treated, post), y, rcond=None)[0]
            got = did_regression(y.copy(), treated.copy(), post.copy())
            check_shape(got, (4,), "did_regression (trial %d)" % trial)
            check_close(got, expected, ATOL, RTOL, "[b0, b_treated, b_post, b_did] (trial %d)" % trial)
            t, p = treated == 1, post == 1
            est = did_2x2(y[t & ~p], y[t & p], y[~t & ~p], y[~t & p])
            check_close(est, expected[3], ATOL, RTOL, "did_2x2 on the same cells (trial %d)" % trial)

    def test_outcomes_near_a_million(self):
        """Revenue-like outcomes near 1e6 keep their accuracy"""
        rng = np.random.default_rng(8)
        n = 400
        treated = np.repeat([0, 1], n // 2)
        post = np.tile([0, 1], n // 2)
        y = 1e6 + rng.normal(0.0, 3.0, size=n) + 2.5 * treated * post
        m = _cell_means(y, treated, post)
        expected = [m[0, 0], m[1, 0] - m[0, 0], m[0, 1] - m[0, 0], (m[1, 1] - m[1, 0]) - (m[0, 1] - m[0, 0])]
        check_close(did_regression(y, treated, post), expected, ATOL, RTOL, "coefficients with outcomes near 1e6")
        t, p = treated == 1, post == 1
        check_close(did_2x2(y[t & ~p], y[t & p], y[~t & ~p], y[~t & p]), expected[3], ATOL, RTOL, "did_2x2 with outcomes near 1e6")

    def test_bool_and_float_flags_and_int_outcomes(self):
        """Bool flags, 0.0/1.0 float flags and integer outcomes give the float64 coefficients"""
        y = [3, 5, 4, 9, 1, 1, 2, 6]
        t = [True, True, True, True, False, False, False, False]
        p = [False, False, True, True, False, False, True, True]
        expected = [1.0, 3.0, 3.0, -0.5]
        got = did_regression(y, t, p)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64",
              getattr(got, "dtype", type(got).__name__))
        check_close(got, expected, ATOL, RTOL, "did_regression with bool flags")
        check_close(did_regression(np.array(y), np.array(t, dtype=float), np.array(p, dtype=float)), expected, ATOL, RTOL,
                    "did_regression with 0.0/1.0 float flags")

    def test_empty_cells_raise(self):
        """An empty cell raises ValueError in both forms"""
        full = [1.0, 2.0]
        for k, name in enumerate(["treated_pre", "treated_post", "control_pre", "control_post"]):
            args = [full, full, full, full]
            args[k] = []
            check_raises(ValueError, did_2x2, *args, what="did_2x2 with an empty %s" % name)
        check_raises(ValueError, did_regression, [1.0, 2.0, 3.0, 4.0], [0, 0, 1, 1], [0, 1, 0, 0],
                     what="did_regression with no treated unit in the post period")
        check_raises(ValueError, did_regression, [1.0, 2.0, 3.0], [0, 0, 0], [0, 1, 1],
                     what="did_regression with no treated units at all")

    def test_non_binary_flags_raise(self):
        """Flags other than 0 and 1 raise ValueError"""
        y = [1.0, 2.0, 3.0, 4.0, 5.0]
        good = [0, 0, 1, 1, 1]
        post = [0, 1, 0, 1, 1]
        for bad, name in [([0, 0, 1, 2, 1], "a treated flag of 2"), ([0, 0, 1, -1, 1], "a treated flag of -1"),
                          ([0, 0, 1, 0.5, 1], "a treated flag of 0.5")]:
            check_raises(ValueError, did_regression, y, bad, post, what="did_regression with %s" % name)
        check_raises(ValueError, did_regression, y, good, [0, 1, 0, 3, 1], what="did_regression with a post flag of 3")

    def test_shapes_lengths_and_non_finite_raise(self):
        """2-D inputs, mismatched lengths and NaN or infinite outcomes raise ValueError"""
        check_raises(ValueError, did_2x2, [[1.0, 2.0]], [1.0], [1.0], [1.0], what="did_2x2 with a 2-D treated_pre")
        check_raises(ValueError, did_2x2, [1.0], [float("nan")], [1.0], [1.0], what="did_2x2 with a NaN outcome")
        check_raises(ValueError, did_regression, [1.0, 2.0, 3.0, 4.0], [0, 0, 1, 1], [0, 1, 0],
                     what="did_regression with post shorter than y")
        check_raises(ValueError, did_regression, [[1.0, 2.0, 3.0, 4.0]], [0, 0, 1, 1], [0, 1, 0, 1],
                     what="did_regression with a 2-D y")
        check_raises(ValueError, did_regression, [1.0, float("inf"), 3.0, 4.0], [0, 0, 1, 1], [0, 1, 0, 1],
                     what="did_regression with an infinite outcome")

    def test_inputs_not_modified(self):
        """y, treated and post are left unchanged"""
        y = np.array([4.0, 6.0, 1.0, 9.0, 2.0, 7.0])
        t = np.array([1, 1, 1, 0, 0, 0])
        p = np.array([0, 1, 1, 0, 1, 1])
        before = (y.copy(), t.copy(), p.copy())
        did_regression(y, t, p)
        did_2x2(y[:1], y[1:3], y[3:4], y[4:])
        check(np.array_equal(y, before[0]) and np.array_equal(t, before[1]) and np.array_equal(p, before[2]),
              "did_regression and did_2x2 must not modify their inputs", before, (y, t, p))


if __name__ == "__main__":
    unittest.main()
