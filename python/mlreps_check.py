"""Assertions for ML Reps problem tests.

Standard library only (numpy is used when it is importable, never required).
Every failure raises CheckFailure, an AssertionError that carries `expected`
and `actual` so the harness can show a diff, and whose message says what was
expected and what came instead.
"""

import math

__all__ = [
    "CheckFailure",
    "fail",
    "check",
    "check_equal",
    "check_close",
    "check_shape",
    "check_in",
]

_MAX_REPR = 2000


class CheckFailure(AssertionError):
    """A failed check with the expected and actual values attached."""

    def __init__(self, message, expected=None, actual=None):
        super().__init__(message)
        self.expected = expected
        self.actual = actual


def _np():
    try:
        import numpy  # noqa: F401 - optional
        return numpy
    except ImportError:  # pragma: no cover - depends on the machine
        return None


def show(value):
    """A readable, bounded text form of a value (arrays printed in full when small)."""
    np = _np()
    if np is not None and isinstance(value, np.ndarray):
        with np.printoptions(precision=6, suppress=True, threshold=200, edgeitems=4):
            text = "array(" + np.array2string(value, separator=", ") + ", shape=" + str(value.shape) + ", dtype=" + str(value.dtype) + ")"
    elif np is not None and isinstance(value, np.generic):
        text = repr(value.item())
    elif np is not None and isinstance(value, (list, tuple)) and _numeric_sequence(np, value):
        text = repr(np.asarray(value).tolist())
    else:
        text = repr(value)
    if len(text) > _MAX_REPR:
        text = text[:_MAX_REPR] + " ... (truncated)"
    return text


def _numeric_sequence(np, value):
    try:
        return np.asarray(value).dtype.kind in "biuf"
    except Exception:
        return False


def fail(message, expected=None, actual=None):
    raise CheckFailure(message, None if expected is None else show(expected), None if actual is None else show(actual))


def check(condition, message, expected=None, actual=None):
    """Fail with `message` unless `condition` holds."""
    if not condition:
        fail(message, expected, actual)


def check_equal(actual, expected, what="result"):
    """Exact equality (for ints, strings, labels, index lists)."""
    np = _np()
    if np is not None and (isinstance(actual, np.ndarray) or isinstance(expected, np.ndarray)):
        a = np.asarray(actual)
        e = np.asarray(expected)
        if a.shape != e.shape:
            fail("%s: expected shape %s, got shape %s" % (what, e.shape, a.shape), expected, actual)
        if not np.array_equal(a, e):
            fail("%s: expected %s, got %s" % (what, show(e), show(a)), expected, actual)
        return
    if actual != expected:
        fail("%s: expected %s, got %s" % (what, show(expected), show(actual)), expected, actual)


def _shape_of(value):
    np = _np()
    if np is not None:
        return tuple(np.shape(value))
    shape = []
    while isinstance(value, (list, tuple)):
        shape.append(len(value))
        if not value:
            break
        value = value[0]
    return tuple(shape)


def check_shape(actual, shape, what="result"):
    """The value has exactly this shape."""
    got = _shape_of(actual)
    if got != tuple(shape):
        fail("%s: expected shape %s, got shape %s" % (what, tuple(shape), got), tuple(shape), got)


def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_close(actual, expected, atol=1e-6, rtol=1e-6, what="result"):
    """|actual - expected| <= atol + rtol * |expected|, elementwise, with matching shapes.

    NaN never matches; infinities match only themselves. Works for scalars,
    nested lists and numpy arrays.
    """
    np = _np()
    if np is not None and not (_is_number(actual) and _is_number(expected)):
        try:
            a = np.asarray(actual, dtype=float)
        except (TypeError, ValueError):
            fail("%s: expected numbers, got %s" % (what, show(actual)), expected, actual)
        e = np.asarray(expected, dtype=float)
        if a.shape != e.shape:
            fail("%s: expected shape %s, got shape %s" % (what, e.shape, a.shape), expected, actual)
        if a.size == 0:
            return
        with np.errstate(invalid="ignore"):
            ok = np.isclose(a, e, atol=atol, rtol=rtol, equal_nan=False)
        if not np.all(ok):
            bad = np.argwhere(~ok)
            idx = tuple(int(i) for i in bad[0])
            where = (" at index %s" % (idx,)) if a.ndim else ""
            fail(
                "%s: values differ beyond tolerance (atol=%g, rtol=%g) in %d of %d entries; first%s: expected %r, got %r"
                % (what, atol, rtol, len(bad), a.size, where, float(e[idx]), float(a[idx])),
                expected,
                actual,
            )
        return
    _close_python(actual, expected, atol, rtol, what, ())


def _close_python(actual, expected, atol, rtol, what, index):
    if isinstance(expected, (list, tuple)):
        if not isinstance(actual, (list, tuple)):
            fail("%s: expected a sequence of length %d, got %s" % (what, len(expected), show(actual)), expected, actual)
        if len(actual) != len(expected):
            fail("%s: expected length %d, got length %d" % (what, len(expected), len(actual)), expected, actual)
        for i, (a, e) in enumerate(zip(actual, expected)):
            _close_python(a, e, atol, rtol, what, index + (i,))
        return
    try:
        a = float(actual)
    except (TypeError, ValueError):
        fail("%s: expected a number, got %s" % (what, show(actual)), expected, actual)
    e = float(expected)
    where = (" at index %s" % (index,)) if index else ""
    if math.isnan(a) or math.isnan(e):
        fail("%s%s: expected %r, got %r" % (what, where, e, a), expected, actual)
    if math.isinf(e) or math.isinf(a):
        if a != e:
            fail("%s%s: expected %r, got %r" % (what, where, e, a), expected, actual)
        return
    if abs(a - e) > atol + rtol * abs(e):
        fail("%s%s: expected %r, got %r (atol=%g, rtol=%g)" % (what, where, e, a, atol, rtol), expected, actual)


def check_in(actual, allowed, what="result"):
    """The value is one of the allowed values."""
    if actual not in allowed:
        fail("%s: expected one of %s, got %s" % (what, show(list(allowed)), show(actual)), list(allowed), actual)
