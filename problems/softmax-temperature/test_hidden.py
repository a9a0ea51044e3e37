import math
import unittest
from decimal import Decimal, localcontext

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import sample_with_temperature, softmax_temperature

ATOL, RTOL = 1e-12, 1e-9


def _exact_row(z, T):
    # softmax(z / T) in 50-digit decimals.
    with localcontext() as ctx:
        ctx.prec = 50
        e = [((Decimal(v) - Decimal(max(z))) / Decimal(T)).exp() for v in z]
        s = sum(e)
        return [float(v / s) for v in e]


class HiddenTests(unittest.TestCase):
    def test_rows_of_different_magnitude(self):
        """Rows near 0, 1e4 and -800 at T = 0.7 match 50-digit arithmetic"""
        Z = np.array([[0.0, -1.0, 0.5], [1e4, 1e4 - 2.0, 9990.0], [-800.0, -801.0, -799.0]])
        got = softmax_temperature(Z, 0.7)
        check_close(got, [_exact_row(r, 0.7) for r in Z.tolist()], ATOL, RTOL, "row-wise temperature softmax")
        check_close(softmax_temperature(Z.T, 0.7, axis=0), np.array([_exact_row(r, 0.7) for r in Z.tolist()]).T, ATOL, RTOL, "axis=0")

    def test_extreme_temperatures(self):
        """Logits of 3e9 at T = 1e-300 give argmax (ties shared), T = 1e300 is uniform, with no nan"""
        z = np.array([[3e9, -2e9, 1e9, 3e9 - 1.0]])
        cold = softmax_temperature(z, 1e-300)
        check(np.all(np.isfinite(cold)), "probabilities must be finite at T = 1e-300", "finite", cold)
        check_close(cold, [[1.0, 0.0, 0.0, 0.0]], ATOL, RTOL, "softmax at T = 1e-300")
        check_close(softmax_temperature(z, 1e300), [[0.25] * 4], ATOL, RTOL, "softmax at T = 1e300")
        tied = softmax_temperature(np.array([5e9, 1.0, 5e9]), 1e-300)
        check_close(tied, [0.5, 0.0, 0.5], ATOL, RTOL, "tied maxima of 5e9 at T = 1e-300")

    def test_samples_follow_the_documented_draw(self):
        """Random logits: samples equal the cumulative-sum rule applied to rng.random(m)"""
        rng_data = np.random.default_rng(12)
        Z = rng_data.normal(size=(200, 5)) * 2
        for T in (0.3, 1.0, 4.0):
            u = np.random.default_rng(77).random(200)
            expected = []
            for row, ui in zip(Z.tolist(), u.tolist()):
                c = np.cumsum(_exact_row(row, T))
                expected.append(min(int(np.sum(c <= ui)), 4))
            got = sample_with_temperature(Z, T, np.random.default_rng(77))
            check_shape(got, (200,), "samples")
            check_equal(np.asarray(got).tolist(), expected, "samples at T = %g" % T)

    def test_global_random_state_untouched(self):
        """Sampling leaves the global np.random state unchanged and is reproducible from the generator"""
        np.random.seed(5)
        before = np.random.get_state()
        Z = np.zeros((10, 3))
        a = sample_with_temperature(Z, 1.0, np.random.default_rng(3))
        after = np.random.get_state()
        check(np.array_equal(before[1], after[1]) and before[2:] == after[2:], "the global np.random state must not change",
              "unchanged", "changed")
        b = sample_with_temperature(Z, 1.0, np.random.default_rng(3))
        check_equal(np.asarray(a), np.asarray(b), "samples from two generators with the same seed")

    def test_lists_and_integers(self):
        """Integer lists give float64 probabilities"""
        got = softmax_temperature([[1, 2], [3, 3]], 2)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be float64", "float64", getattr(got, "dtype", type(got)))
        check_close(got, [_exact_row([1, 2], 2), [0.5, 0.5]], ATOL, RTOL, "softmax of integer lists")

    def test_inputs_not_modified(self):
        """logits are left unchanged"""
        Z = np.array([[1.0, 5.0, 2.0], [0.0, -3.0, 7.0]])
        Z0 = Z.copy()
        softmax_temperature(Z, 0.1)
        sample_with_temperature(Z, 0.5, np.random.default_rng(1))
        check_equal(Z, Z0, "logits after the calls")

    def test_invalid_input_raises(self):
        """Bad temperatures, logits and generators raise ValueError or TypeError"""
        for name, call in (("T = 0", lambda: softmax_temperature([1.0, 2.0], 0.0)),
                           ("T = -1", lambda: softmax_temperature([1.0, 2.0], -1.0)),
                           ("T = inf", lambda: softmax_temperature([1.0, 2.0], float("inf"))),
                           ("T = nan", lambda: softmax_temperature([1.0, 2.0], float("nan"))),
                           ("an inf logit", lambda: softmax_temperature([1.0, float("inf")], 1.0)),
                           ("empty logits", lambda: softmax_temperature([], 1.0)),
                           ("1-D logits for sampling", lambda: sample_with_temperature(np.array([1.0, 2.0]), 1.0, np.random.default_rng(0)))):
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()
        with self.assertRaises(TypeError, msg="an int seed instead of a Generator must raise TypeError"):
            sample_with_temperature(np.zeros((2, 2)), 1.0, 42)


if __name__ == "__main__":
    unittest.main()
