import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import log_softmax, softmax

ATOL, RTOL = 1e-9, 1e-7


def _reference_log_softmax(z, axis):
    # Computed in extended precision through the log-sum-exp identity.
    z = np.asarray(z, dtype=np.longdouble)
    m = np.max(z, axis=axis, keepdims=True)
    return (z - m - np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))).astype(np.float64)


class HiddenTests(unittest.TestCase):
    def test_very_negative_entries_stay_finite(self):
        """log_softmax([0, -1e4]) is [0, -1e4] to within tolerance, never -inf"""
        got = log_softmax(np.array([0.0, -1e4]))
        check(np.all(np.isfinite(got)), "log_softmax([0, -1e4]) must be finite", "finite values", got)
        check_close(got, [0.0, -1e4], ATOL, RTOL, "log_softmax([0, -1e4])")

    def test_default_axis_is_last(self):
        """With no axis given, rows of a 2-D array each sum to 1"""
        z = np.array([[1.0, 2.0, 3.0], [3.0, 3.0, 3.0]])
        got = softmax(z)
        check_shape(got, (2, 3), "softmax of a 2x3 array")
        check_close(got.sum(axis=-1), [1.0, 1.0], ATOL, RTOL, "row sums of softmax(z)")
        check_close(got[1], [1 / 3] * 3, ATOL, RTOL, "softmax of a constant row")

    def test_shift_invariance_randomized(self):
        """softmax(z + c) equals softmax(z) for random z and large shifts c"""
        rng = np.random.default_rng(7)
        for _ in range(20):
            z = rng.normal(size=(4, 6)) * 5
            c = rng.uniform(-800, 800)
            check_close(softmax(z + c), softmax(z), 1e-9, 1e-6, "softmax(z + %.1f) vs softmax(z)" % c)

    def test_matches_extended_precision_on_3d(self):
        """On a 3-D array, every axis (including negative ones) matches a high-precision reference"""
        rng = np.random.default_rng(11)
        z = rng.normal(size=(3, 4, 5)) * 30
        for axis in (0, 1, 2, -1, -2):
            expected = _reference_log_softmax(z, axis)
            check_close(log_softmax(z, axis=axis), expected, ATOL, RTOL, "log_softmax(z, axis=%d)" % axis)
            check_close(softmax(z, axis=axis), np.exp(expected), ATOL, RTOL, "softmax(z, axis=%d)" % axis)

    def test_input_not_modified(self):
        """The input array is left unchanged"""
        z = np.array([5.0, 1.0, -2.0])
        before = z.copy()
        softmax(z)
        log_softmax(z)
        check_close(z, before, 0, 0, "input after the calls")

    def test_single_element(self):
        """A single logit gets probability 1 and log-probability 0"""
        check_close(softmax(np.array([42.0])), [1.0], ATOL, RTOL, "softmax([42])")
        check_close(log_softmax(np.array([-7.5])), [0.0], ATOL, RTOL, "log_softmax([-7.5])")

    def test_log_softmax_consistent_with_softmax(self):
        """exp(log_softmax(z)) equals softmax(z) on moderate random inputs"""
        rng = np.random.default_rng(3)
        z = rng.normal(size=(5, 7))
        check_close(np.exp(log_softmax(z)), softmax(z), ATOL, RTOL, "exp(log_softmax(z))")


class GapTests(unittest.TestCase):
    def test_rows_of_very_different_magnitude(self):
        """One row near 1000 and one near -1000: each row is shifted by its own maximum"""
        z = np.array([[1000.0, 999.0, 998.0], [-1000.0, -1001.0, -1002.0]])
        e = np.exp([0.0, -1.0, -2.0])
        p = e / e.sum()
        check_close(softmax(z), [p, p], ATOL, RTOL, "softmax of rows near +1000 and -1000")
        check_close(log_softmax(z), [np.log(p), np.log(p)], ATOL, RTOL, "log_softmax of rows near +1000 and -1000")
        check_close(softmax(z.T, axis=0), np.array([p, p]).T, ATOL, RTOL, "softmax along axis 0 of columns near +1000 and -1000")

    def test_integer_and_list_inputs(self):
        """Integer arrays and lists are accepted and give float64 results"""
        for z in (np.array([1, 2, 3]), [1, 2, 3]):
            got = softmax(z)
            check(isinstance(got, np.ndarray) and got.dtype == np.float64, "softmax(%s) must be a float64 array" % type(z).__name__,
                  "float64", getattr(got, "dtype", type(got).__name__))
            check_close(got, [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], ATOL, RTOL, "softmax of [1, 2, 3]")


if __name__ == "__main__":
    unittest.main()
