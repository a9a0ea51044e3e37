import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import js_divergence, kl_divergence

ATOL, RTOL = 1e-12, 1e-9


def _kl_loop(p, q):
    # The definition term by term, in plain Python floats.
    total = 0.0
    for a, b in zip(p, q):
        a, b = float(a), float(b)
        if a == 0.0:
            continue
        if b == 0.0:
            return math.inf
        total += a * math.log(a / b)
    return total


def _js_loop(p, q):
    m = [(float(a) + float(b)) / 2 for a, b in zip(p, q)]
    return 0.5 * _kl_loop(p, m) + 0.5 * _kl_loop(q, m)


def _random_dists(rng, rows, k, zero_frac=0.3):
    x = rng.random((rows, k)) * (rng.random((rows, k)) > zero_frac)
    x[:, 0] += 0.05  # never an all-zero row
    return x / x.sum(axis=1, keepdims=True)


class HiddenTests(unittest.TestCase):
    def test_random_batch_with_zeros(self):
        """Random batches with zeros in p and q match a term-by-term loop, row by row"""
        rng = np.random.default_rng(3)
        p = _random_dists(rng, 12, 7)
        q = _random_dists(rng, 12, 7)
        q[p > 0] = np.maximum(q[p > 0], 0.01)
        q /= q.sum(axis=1, keepdims=True)
        p0, q0 = copy.deepcopy(p), copy.deepcopy(q)
        got = kl_divergence(p, q)
        check_shape(got, (12,), "kl_divergence of a 12x7 batch")
        check_close(got, [_kl_loop(a, b) for a, b in zip(p0, q0)], ATOL, RTOL, "row-wise KL")
        got_js = js_divergence(p, q)
        check_close(got_js, [_js_loop(a, b) for a, b in zip(p0, q0)], ATOL, RTOL, "row-wise JS")

    def test_zero_over_zero_term(self):
        """A term with p = 0 and q = 0 contributes 0, not nan"""
        got = float(kl_divergence([0.5, 0.5, 0.0], [0.5, 0.5, 0.0]))
        check_close(got, 0.0, ATOL, RTOL, "kl_divergence with a 0/0 term")
        got = float(kl_divergence([0.0, 0.4, 0.6], [0.0, 0.6, 0.4]))
        check_close(got, 0.4 * math.log(0.4 / 0.6) + 0.6 * math.log(0.6 / 0.4), ATOL, RTOL, "kl_divergence([0, .4, .6], [0, .6, .4])")

    def test_inf_only_in_its_row(self):
        """In a batch, only the row where q misses p's support is inf; the others stay finite"""
        p = np.array([[0.3, 0.7, 0.0], [0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
        q = np.array([[0.5, 0.25, 0.25], [0.5, 0.5, 0.0], [0.9, 0.1, 0.0]])
        expected = [_kl_loop(a, b) for a, b in zip(p.copy(), q.copy())]
        got = np.asarray(kl_divergence(p, q), dtype=float)
        check(np.isinf(got[1]) and got[1] > 0, "row 1 must be +inf", math.inf, got[1])
        check_close(got[[0, 2]], [expected[0], expected[2]], ATOL, RTOL, "rows 0 and 2 (finite)")

    def test_other_axes(self):
        """On a 3-D array, axis=0, 1 and -2 give the divergence along that axis"""
        rng = np.random.default_rng(8)
        raw_p = rng.random((3, 4, 5)) + 0.01
        raw_q = rng.random((3, 4, 5)) + 0.01
        for axis in (0, 1, -2):
            p = raw_p / raw_p.sum(axis=axis, keepdims=True)
            q = raw_q / raw_q.sum(axis=axis, keepdims=True)
            pm, qm = np.moveaxis(p, axis, -1), np.moveaxis(q, axis, -1)
            exp_kl = np.array([[_kl_loop(pm[i, j], qm[i, j]) for j in range(pm.shape[1])] for i in range(pm.shape[0])])
            exp_js = np.array([[_js_loop(pm[i, j], qm[i, j]) for j in range(pm.shape[1])] for i in range(pm.shape[0])])
            check_close(kl_divergence(p, q, axis=axis), exp_kl, ATOL, RTOL, "kl_divergence(p, q, axis=%d)" % axis)
            check_close(js_divergence(p, q, axis=axis), exp_js, ATOL, RTOL, "js_divergence(p, q, axis=%d)" % axis)

    def test_direction_and_js_properties(self):
        """KL is not symmetric (p || q, not q || p); JS is symmetric and within [0, log 2]"""
        p, q = [0.9, 0.1], [0.5, 0.5]
        check_close(float(kl_divergence(p, q)), 0.9 * math.log(1.8) + 0.1 * math.log(0.2), ATOL, RTOL, "KL([0.9, 0.1] || [0.5, 0.5])")
        rng = np.random.default_rng(21)
        P, Q = _random_dists(rng, 30, 5, 0.5), _random_dists(rng, 30, 5, 0.5)
        a = np.asarray(js_divergence(P, Q), dtype=float)
        b = np.asarray(js_divergence(Q, P), dtype=float)
        check_close(a, b, ATOL, RTOL, "js_divergence(P, Q) vs js_divergence(Q, P)")
        check(np.all(np.isfinite(a)) and np.all(a >= -1e-15) and np.all(a <= math.log(2) + 1e-12),
              "JS must be finite and within [0, log 2]", "[0, 0.693147]", a)

    def test_sum_tolerance(self):
        """A sum off by 5e-7 is accepted; off by 1e-4 raises ValueError"""
        got = float(kl_divergence([0.5 + 5e-7, 0.5], [0.5, 0.5]))
        check_close(got, (0.5 + 5e-7) * math.log(1 + 1e-6), 1e-12, 1e-6, "kl_divergence with a sum of 1 + 5e-7")
        check_raises(ValueError, kl_divergence, [0.5, 0.5001], [0.5, 0.5])
        check_raises(ValueError, js_divergence, [0.5, 0.5], [0.6, 0.5])

    def test_invalid_values_raise(self):
        """Negative entries (even summing to 1), nan, inf and unnormalised rows raise ValueError"""
        check_raises(ValueError, kl_divergence, [1.2, -0.2], [0.5, 0.5])
        check_raises(ValueError, kl_divergence, [0.5, 0.5], [1.5, -0.5])
        check_raises(ValueError, kl_divergence, [float("nan"), 1.0], [0.5, 0.5])
        check_raises(ValueError, js_divergence, [0.5, 0.5], [float("inf"), 0.0])
        check_raises(ValueError, kl_divergence, [[0.5, 0.5], [2.0, 2.0]], [[0.5, 0.5], [0.5, 0.5]])
        check_raises(ValueError, js_divergence, [[0.5, 0.5], [0.5, 0.5]], [[0.5, 0.5], [0.1, 0.1]])

    def test_invalid_shapes_raise(self):
        """Mismatched shapes, 0-d inputs and empty distributions raise ValueError"""
        check_raises(ValueError, kl_divergence, [0.5, 0.5], [0.2, 0.3, 0.5])
        check_raises(ValueError, js_divergence, [[0.5, 0.5]], [0.5, 0.5])
        check_raises(ValueError, kl_divergence, 1.0, 1.0)
        check_raises(ValueError, kl_divergence, np.zeros((2, 0)), np.zeros((2, 0)))

    def test_integer_lists_give_float64(self):
        """Nested lists of ints are accepted and the result is float64"""
        got = kl_divergence([[1, 0], [0, 1]], [[1, 0], [0, 1]])
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the batch result must be a float64 array",
              "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, [0.0, 0.0], ATOL, RTOL, "KL of one-hot rows with themselves")
        got = js_divergence([1, 0], [0, 1])
        check(np.asarray(got).dtype == np.float64, "the result must be float64", "float64", type(got).__name__)
        check_close(float(got), math.log(2), ATOL, RTOL, "js_divergence([1, 0], [0, 1])")

    def test_inputs_not_modified(self):
        """p and q are left unchanged"""
        p = np.array([[0.2, 0.0, 0.8], [0.5, 0.5, 0.0]])
        q = np.array([[0.1, 0.0, 0.9], [0.25, 0.25, 0.5]])
        p0, q0 = p.copy(), q.copy()
        kl_divergence(p, q)
        js_divergence(p, q)
        check(np.array_equal(p, p0) and np.array_equal(q, q0), "kl_divergence and js_divergence must not modify their inputs",
              (p0.tolist(), q0.tolist()), (p.tolist(), q.tolist()))


if __name__ == "__main__":
    unittest.main()
