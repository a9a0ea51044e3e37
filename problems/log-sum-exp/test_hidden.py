import math
import unittest
from decimal import Decimal, localcontext

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import log_sum_exp

ATOL, RTOL = 1e-9, 1e-12


def _exact(values):
    # log(sum(exp(v))) in 60-digit decimal arithmetic, with the statement's rules for special values.
    values = [float(v) for v in values]
    if any(math.isnan(v) for v in values):
        return math.nan
    if any(v == math.inf for v in values):
        return math.inf
    finite = [v for v in values if v != -math.inf]
    if not finite:
        return -math.inf
    with localcontext() as ctx:
        ctx.prec = 60
        return float(sum(Decimal(v).exp() for v in finite).ln())


def _exact_along(x, axis):
    return np.apply_along_axis(_exact, axis, np.asarray(x, dtype=np.float64))


class HiddenTests(unittest.TestCase):
    def test_rows_of_very_different_magnitude(self):
        """A row near 0 next to a row near 1000: each row keeps full accuracy"""
        x = np.array([[0.0, -1.0, -2.0], [1000.0, 999.0, 990.0], [-800.0, -805.0, -799.5]])
        got = log_sum_exp(x, axis=1)
        check_close(got, _exact_along(x, 1), ATOL, RTOL, "log_sum_exp of rows with different magnitudes")
        got0 = log_sum_exp(x.T, axis=0)
        check_close(got0, _exact_along(x, 1), ATOL, RTOL, "log_sum_exp over axis 0 of the transpose")

    def test_beyond_overflow(self):
        """Entries of 800 and 1e4 (exp overflows past 709) give finite, exact results"""
        for v in ([800.0, 790.0], [1e4, 1e4 - 3, -1e4], [710.5]):
            check_close(float(log_sum_exp(v)), _exact(v), ATOL, RTOL, "log_sum_exp(%s)" % v)

    def test_special_values(self):
        """-inf entries are ignored, +inf wins, nan propagates, per row"""
        x = np.array([[-np.inf, 0.0, -np.inf], [-np.inf, -np.inf, -np.inf], [np.inf, 3.0, -np.inf], [np.nan, 1.0, 2.0]])
        got = np.asarray(log_sum_exp(x, axis=1), dtype=np.float64)
        check_shape(got, (4,), "log_sum_exp with special values")
        check(got[0] == 0.0, "row [-inf, 0, -inf] must give 0", 0.0, got[0])
        check(got[1] == -np.inf, "a row of -inf must give -inf", -np.inf, got[1])
        check(got[2] == np.inf, "a row with +inf must give +inf", np.inf, got[2])
        check(np.isnan(got[3]), "a row with nan must give nan", np.nan, got[3])

    def test_axes_and_keepdims_on_3d(self):
        """A 3-D array: every axis, negative axes, keepdims and axis=None match 60-digit arithmetic"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(3, 4, 5)) * 200
        for axis in (0, 1, 2, -1, -3):
            expected = _exact_along(x, axis)
            check_close(log_sum_exp(x, axis=axis), expected, ATOL, RTOL, "log_sum_exp(axis=%d)" % axis)
            kept = log_sum_exp(x, axis=axis, keepdims=True)
            check_close(kept, np.expand_dims(expected, axis), ATOL, RTOL, "log_sum_exp(axis=%d, keepdims=True)" % axis)
        check_close(float(log_sum_exp(x)), _exact(x.ravel()), ATOL, RTOL, "log_sum_exp over all elements")
        check_shape(log_sum_exp(x, keepdims=True), (1, 1, 1), "log_sum_exp(axis=None, keepdims=True)")

    def test_empty_reduction(self):
        """Summing nothing gives -inf, for axis=None and along a zero-length axis"""
        got = float(log_sum_exp(np.zeros(0)))
        check(got == -math.inf, "log_sum_exp of an empty array must be -inf", -math.inf, got)
        got = np.asarray(log_sum_exp(np.zeros((3, 0)), axis=1))
        check_equal(got, np.full(3, -np.inf), "log_sum_exp along an empty axis")

    def test_integer_input(self):
        """Integer lists give float64 results"""
        got = log_sum_exp([[1000, 1000], [0, 0]], axis=1)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64",
              getattr(got, "dtype", type(got).__name__))
        check_close(got, [1000 + math.log(2), math.log(2)], ATOL, RTOL, "log_sum_exp of integers")
        check(isinstance(log_sum_exp([1, 2]), (float, np.floating)), "axis=None must give a float", "float", type(log_sum_exp([1, 2])).__name__)

    def test_input_not_modified(self):
        """x is left unchanged"""
        x = np.array([[5.0, -np.inf], [700.0, 710.0]])
        before = x.copy()
        log_sum_exp(x, axis=1)
        log_sum_exp(x)
        check_equal(x, before, "x after the calls")


if __name__ == "__main__":
    unittest.main()
