"""Unit tests for mlreps_check (plain unittest).

Run from the repository root:  python3 -m unittest discover -s python -p "test_mlreps_check.py"
"""
import sys
import os
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from mlreps_check import CheckFailure, check, check_close, check_equal, check_in, check_raises, check_shape, fail  # noqa: E402


class CheckEqualTests(unittest.TestCase):
    def failure(self, fn, *args, **kwargs):
        with self.assertRaises(CheckFailure) as ctx:
            fn(*args, **kwargs)
        return ctx.exception

    def test_equal_values_pass(self):
        check_equal(3, 3)
        check_equal(np.arange(50), np.arange(50))
        check_equal([1, 2], [1, 2])

    def test_long_int_array_shows_first_mismatch_and_window(self):
        expected = np.arange(1000)
        actual = expected.copy()
        actual[500] = -1
        actual[900] = -2
        msg = str(self.failure(check_equal, actual, expected, "labels"))
        self.assertIn("2 of 1000 entries differ", msg)
        self.assertIn("first at index (500,)", msg)
        self.assertIn("expected 500, got -1", msg)
        self.assertIn("[495:506]", msg)
        self.assertNotIn("899", msg)  # not the whole array
        self.assertLess(len(msg), 600)

    def test_long_bool_array(self):
        expected = np.ones(300, dtype=bool)
        actual = expected.copy()
        actual[3] = False
        msg = str(self.failure(check_equal, actual, expected, "mask"))
        self.assertIn("first at index (3,)", msg)
        self.assertIn("expected True, got False", msg)
        self.assertIn("[0:9]", msg)

    def test_2d_window_is_along_the_last_axis(self):
        expected = np.zeros((4, 50), dtype=int)
        actual = expected.copy()
        actual[2, 30] = 1
        msg = str(self.failure(check_equal, actual, expected, "counts"))
        self.assertIn("first at index (2, 30)", msg)
        self.assertIn("[2, 25:36]", msg)

    def test_long_lists(self):
        expected = list(range(40))
        actual = list(range(40))
        actual[33] = 0
        msg = str(self.failure(check_equal, actual, expected, "order"))
        self.assertIn("first difference at index 33", msg)
        self.assertIn("items [28:39]", msg)

    def test_long_lists_of_nan_and_arrays_do_not_crash(self):
        a = [float("nan")] * 25
        b = [float("nan") for _ in range(25)]
        msg = str(self.failure(check_equal, a, b))
        self.assertIn("first difference at index 0", msg)
        arrays = [np.zeros(2) for _ in range(25)]
        other = [np.zeros(2) for _ in range(24)] + [np.ones(2)]
        with self.assertRaises((CheckFailure, ValueError)):
            check_equal(arrays, other)

    def test_short_arrays_still_print_in_full(self):
        msg = str(self.failure(check_equal, np.array([1, 2]), np.array([1, 3])))
        self.assertIn("expected array([1, 3]", msg)

    def test_shape_mismatch(self):
        msg = str(self.failure(check_equal, np.zeros(3), np.zeros(4)))
        self.assertIn("expected shape (4,), got shape (3,)", msg)

    def test_arrays_that_print_alike_say_so(self):
        msg = str(self.failure(check_equal, np.array([1.0000001, 2.0]), np.array([1.0, 2.0])))
        self.assertIn("print alike but differ bitwise", msg)
        self.assertIn("1.0000001", msg)

    def test_scalars_that_print_alike_say_so(self):
        msg = str(self.failure(check_equal, (1, 2), [1, 2]))
        self.assertIn("print alike but differ", msg)
        self.assertIn("tuple", msg)
        self.assertIn("list", msg)

    def test_nan_is_explained(self):
        msg = str(self.failure(check_equal, float("nan"), float("nan")))
        self.assertIn("NaN never equals NaN", msg)
        msg = str(self.failure(check_equal, np.array([np.nan]), np.array([np.nan])))
        self.assertIn("NaN", msg)

    def test_failure_carries_expected_and_actual(self):
        exc = self.failure(check_equal, 1, 2)
        self.assertEqual(exc.expected, "2")
        self.assertEqual(exc.actual, "1")
        self.assertIsInstance(exc, AssertionError)


class CheckCloseTests(unittest.TestCase):
    def test_within_tolerance_passes(self):
        check_close([1.0, 2.0], [1.0 + 1e-9, 2.0], atol=1e-8, rtol=0)
        check_close(1.0, 1.0 + 1e-12)

    def test_reports_index_and_window_for_long_arrays(self):
        expected = np.zeros(100)
        actual = expected.copy()
        actual[60] = 1.0
        with self.assertRaises(CheckFailure) as ctx:
            check_close(actual, expected, atol=1e-6, rtol=0, what="grad")
        msg = str(ctx.exception)
        self.assertIn("1 of 100 entries", msg)
        self.assertIn("index (60,)", msg)
        self.assertIn("[55:66]", msg)

    def test_nan_never_matches(self):
        with self.assertRaises(CheckFailure):
            check_close(float("nan"), float("nan"))
        with self.assertRaises(CheckFailure):
            check_close([np.nan], [np.nan])

    def test_non_numbers_fail_clearly(self):
        with self.assertRaises(CheckFailure) as ctx:
            check_close("abc", [1.0])
        self.assertIn("expected numbers", str(ctx.exception))


class CheckRaisesTests(unittest.TestCase):
    def test_returns_the_exception(self):
        exc = check_raises(ValueError, int, "x")
        self.assertIsInstance(exc, ValueError)

    def test_accepts_a_tuple_of_classes(self):
        check_raises((TypeError, ValueError), int, None)

    def test_names_the_input_when_nothing_is_raised(self):
        def entry(x, k=1):
            return 0

        with self.assertRaises(CheckFailure) as ctx:
            check_raises(ValueError, entry, [1, 2], k=3)
        msg = str(ctx.exception)
        self.assertIn("entry([1, 2], k=3)", msg)
        self.assertIn("expected ValueError to be raised, but it returned 0", msg)

    def test_uses_what_when_given(self):
        with self.assertRaises(CheckFailure) as ctx:
            check_raises(ValueError, lambda x: None, 5, what="a 1-D X")
        self.assertIn("a 1-D X: expected ValueError", str(ctx.exception))

    def test_other_exception_is_reported(self):
        with self.assertRaises(CheckFailure) as ctx:
            check_raises(ValueError, lambda: {}["k"], what="an empty dict")
        self.assertIn("raised KeyError", str(ctx.exception))

    def test_long_arguments_are_truncated(self):
        with self.assertRaises(CheckFailure) as ctx:
            check_raises(ValueError, lambda x: None, list(range(1000)))
        self.assertLess(len(str(ctx.exception)), 500)


class OtherChecksTests(unittest.TestCase):
    def test_check_shape(self):
        check_shape(np.zeros((2, 3)), (2, 3))
        with self.assertRaises(CheckFailure):
            check_shape([[1, 2, 3]], (3, 1))

    def test_check_and_fail(self):
        check(True, "never")
        with self.assertRaises(CheckFailure) as ctx:
            check(False, "it broke", expected=1, actual=2)
        self.assertEqual(str(ctx.exception), "it broke")
        with self.assertRaises(CheckFailure):
            fail("always")

    def test_check_in(self):
        check_in(2, [1, 2])
        with self.assertRaises(CheckFailure):
            check_in(3, [1, 2])


class _Liar(object):
    """Says it equals anything, as a hostile solution's return value would."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


class _LyingInt(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


class _LyingTuple(tuple):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __iter__(self):
        return iter((1, 2))

    def __len__(self):
        return 2

    def __hash__(self):
        return 0


class _LyingDict(dict):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def items(self):
        return [("a", 1)]


class _LyingArray(np.ndarray):
    @property
    def shape(self):
        return (5,)

    def __eq__(self, other):
        return np.ones(5, dtype=bool)

    def __ne__(self, other):
        return np.zeros(5, dtype=bool)


class LyingValueTests(unittest.TestCase):
    """A value whose class says it equals anything is compared as the plain value it holds, or refused."""

    def test_an_object_that_equals_anything_fails(self):
        for expected in (1, "a", None, [1, 2], (1, 2), {"a": 1}):
            with self.assertRaises(CheckFailure) as ctx:
                check_equal(_Liar(), expected, "got")
            self.assertIn("got an object of type _Liar", str(ctx.exception))
        with self.assertRaises(CheckFailure):
            check_equal([_Liar(), _Liar()], [1, 2])
        with self.assertRaises(CheckFailure):
            check_equal({"a": _Liar()}, {"a": 1})
        with self.assertRaises(CheckFailure):
            check_in(_Liar(), [1, 2])

    def test_subclasses_of_builtins_compare_as_their_values(self):
        with self.assertRaises(CheckFailure):
            check_equal(_LyingInt(5), 3)
        check_equal(_LyingInt(3), 3)
        with self.assertRaises(CheckFailure):
            check_equal(_LyingTuple((7, 8)), (1, 2))
        check_equal(_LyingTuple((1, 2)), (1, 2))
        with self.assertRaises(CheckFailure):
            check_equal(_LyingDict(b=2), {"a": 1})
        with self.assertRaises(CheckFailure):
            check_in(_LyingInt(5), [1, 2])
        check_in(_LyingInt(2), [1, 2])

    def test_an_array_subclass_is_judged_by_its_data(self):
        fake = np.arange(3).view(_LyingArray)
        with self.assertRaises(CheckFailure):
            check_equal(fake, np.array([9, 9, 9, 9, 9]))
        with self.assertRaises(CheckFailure):
            check_shape(fake, (5,))
        check_shape(fake, (3,))
        check_equal(fake, np.array([0, 1, 2]))
        liars = np.empty(2, dtype=object)
        liars[0], liars[1] = _Liar(), _Liar()
        with self.assertRaises(CheckFailure):
            check_equal(liars, np.array([1, 2]))
        with self.assertRaises(CheckFailure):
            check_equal([_Liar(), _Liar()], np.array([1, 2]))

    def test_ordinary_values_still_pass(self):
        import collections
        import fractions

        Point = collections.namedtuple("Point", "x y")
        check_equal(Point(1, 2), (1, 2))
        check_equal([np.int64(1), np.float64(2.5)], [1, 2.5])
        check_equal(np.int64(3), 3)
        check_equal(collections.Counter("aab"), {"a": 2, "b": 1})
        check_equal(collections.OrderedDict([("k", [1])]), {"k": [1]})
        check_equal({(1, 2): np.bool_(True)}, {(1, 2): True})
        check_equal(fractions.Fraction(1, 3), fractions.Fraction(2, 6))
        check_equal({1, 2}, {2, 1})
        check_in(np.int64(2), [1, 2])
        check_in("b", "abc")
        check_equal(np.zeros(2, dtype=np.int8).dtype, np.int8)
        check_equal(np.zeros(2).dtype, np.dtype("float64"))
        check_equal(np.zeros(2, dtype=[("a", "<i4"), ("b", "<f8")]).dtype, np.dtype([("a", "<i4"), ("b", "<f8")]))
        check_equal(type(1.5), float)
        with self.assertRaises(CheckFailure):
            check_equal(np.zeros(2, dtype=np.int16).dtype, np.int8)
        with self.assertRaises(CheckFailure):
            check_equal((1, 2), [1, 2])


if __name__ == "__main__":
    unittest.main()
