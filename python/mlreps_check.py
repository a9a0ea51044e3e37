"""Assertions for ML Reps problem tests.

Standard library only (numpy is used when it is importable, never required).
Every failure raises CheckFailure, an AssertionError that carries `expected`
and `actual` so the harness can show a diff, and whose message says what was
expected and what came instead.
"""

import math
import sys

__all__ = [
    "CheckFailure",
    "fail",
    "check",
    "check_equal",
    "check_close",
    "check_shape",
    "check_in",
    "check_raises",
]

_MAX_REPR = 2000
# Arrays with more entries than this are reported by their first mismatch and a window around it.
_LONG_ARRAY = 20
_WINDOW = 5


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


class _Untrusted(Exception):
    """A value, or a part of one, of a class whose comparisons the solution may have written."""

    def __init__(self, value):
        Exception.__init__(self)
        self.type_name = type(value).__name__


# A class compares as itself (`type` exactly: a metaclass of the solution's could lie).
_EXACT = (bool, int, float, complex, str, bytes, type(None), range, type)


def _trusted(value):
    """The value rebuilt from plain Python objects (numpy scalars and arrays as plain arrays), read through the base
    classes' own methods: a subclass of int, str, list, tuple, dict or ndarray cannot change what it compares as.
    Raises _Untrusted for an object of any other class (its __eq__ could answer anything)."""
    t = type(value)
    if t in _EXACT:
        return value
    if t is list:
        return [_trusted(x) for x in value]
    if t is tuple:
        return tuple(_trusted(x) for x in value)
    np = _np()
    if np is not None:
        if isinstance(value, np.ndarray):
            return _trusted_array(np, value)
        if isinstance(value, np.generic):
            return _trusted(np.generic.item(value))
        if isinstance(value, np.dtype):  # rebuilt from its description, so that it compares as numpy's own
            fields = np.dtype.fields.__get__(value)
            return np.dtype(np.dtype.descr.__get__(value) if fields else np.dtype.str.__get__(value))
    if isinstance(value, bool):
        return bool(int.__index__(value))
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, complex):
        return complex.__add__(value, 0j)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bytes):
        return bytes.__add__(value, b"")
    if isinstance(value, tuple):
        return tuple(_trusted(x) for x in tuple.__iter__(value))
    if isinstance(value, list):
        return [_trusted(x) for x in list.__iter__(value)]
    if isinstance(value, dict):
        return dict((_trusted(k), _trusted(v)) for k, v in dict.items(value))
    if isinstance(value, frozenset):
        return frozenset(_trusted(x) for x in frozenset.__iter__(value))
    if isinstance(value, set):
        return set(_trusted(x) for x in set.__iter__(value))
    for name, cls in (("fractions", "Fraction"), ("decimal", "Decimal")):
        module = sys.modules.get(name)
        if module is not None and t is getattr(module, cls, None):
            return value
    raise _Untrusted(value)


def _plain_array(np, value):
    """np.asarray(value), as a plain ndarray even if it came out as a subclass."""
    a = np.asarray(value)
    return a if type(a) is np.ndarray else np.ndarray.view(a, np.ndarray)


def _trusted_array(np, value):
    """A plain ndarray with the value's data (an ndarray subclass's overrides play no part); object entries trusted."""
    a = _plain_array(np, value)
    if a.dtype.kind != "O":
        return a
    out = np.empty(a.shape, dtype=object)
    for idx in np.ndindex(*a.shape):
        out[idx] = _trusted(a[idx])
    return out


def _plain_or_fail(actual, expected, what):
    try:
        return _trusted(actual)
    except _Untrusted as u:
        fail("%s: expected %s, got an object of type %s (return plain values: numbers, strings, lists, tuples, dicts "
             "or numpy arrays)" % (what, show(expected), u.type_name), expected, None)


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


def _exact_text(x):
    """A form of a scalar that tells apart values which print alike (0.1 + 0.2 vs 0.3, 1 vs 1.0)."""
    np = _np()
    if np is not None and isinstance(x, np.generic):
        kind = type(x).__name__
        x = x.item()
    else:
        kind = type(x).__name__
    if isinstance(x, float):
        return "%s %r (bits %s)" % (kind, x, x.hex())
    return "%s %r" % (kind, x)


def _alike_note(expected_text, actual_text, e, a):
    """When two unequal values print the same, a sentence that says how they differ."""
    if expected_text != actual_text:
        return ""
    if isinstance(e, float) and isinstance(a, float) and math.isnan(e) and math.isnan(a):
        return " (NaN never equals NaN)"
    return " (they print alike but differ: expected %s, got %s)" % (_exact_text(e), _exact_text(a))


def _mismatch_window(np, a, e):
    """Message part for the first mismatch of two same-shape arrays, with a window around it."""
    if a.ndim == 0:
        return "expected %s, got %s" % (show(e), show(a))
    with np.errstate(invalid="ignore"):
        differs = a != e
    if a.dtype.kind in "fc" and e.dtype.kind in "fc":
        differs = differs & ~(np.isnan(a) & np.isnan(e))
    differs = np.asarray(differs)
    bad = np.argwhere(differs)
    if not len(bad):
        return "expected %s, got %s (NaN entries never compare equal)" % (show(e), show(a))
    idx = tuple(int(i) for i in bad[0])
    ev, av = e[idx], a[idx]
    lead = idx[:-1]
    last = idx[-1]
    lo, hi = max(0, last - _WINDOW), min(a.shape[-1], last + _WINDOW + 1)
    ew, aw = e[lead + (slice(lo, hi),)], a[lead + (slice(lo, hi),)]
    span = "[%s%d:%d]" % ("".join("%d, " % i for i in lead), lo, hi)
    text = "%d of %d entries differ; first at index %s: expected %s, got %s%s; around it, entries %s: expected %s, got %s" % (
        len(bad), a.size, idx, show(ev), show(av), _alike_note(show(ev), show(av), ev, av), span, show(ew.tolist()), show(aw.tolist()))
    return text


def _list_window(actual, expected, what):
    """Message for two long, unequal lists of the same length: first difference and a window, or None."""
    try:
        first = next((i for i, (x, y) in enumerate(zip(actual, expected)) if bool(x != y)), None)
        if first is None:
            return None
        lo, hi = max(0, first - _WINDOW), min(len(actual), first + _WINDOW + 1)
        return "%s: %d items; first difference at index %d: expected %s, got %s%s; around it, items [%d:%d]: expected %s, got %s" % (
            what, len(actual), first, show(expected[first]), show(actual[first]),
            _alike_note(show(expected[first]), show(actual[first]), expected[first], actual[first]),
            lo, hi, show(list(expected[lo:hi])), show(list(actual[lo:hi])))
    except Exception:  # noqa: BLE001 - odd element types fall back to the plain message
        return None


def check_equal(actual, expected, what="result"):
    """Exact equality (for ints, strings, labels, index lists).

    Long arrays are reported by their first mismatching index and a window
    around it; values that print alike but differ (0.1 + 0.2 vs 0.3) say so.
    """
    np = _np()
    if np is not None and (isinstance(actual, np.ndarray) or isinstance(expected, np.ndarray)):
        try:
            a = _trusted_array(np, actual)
        except _Untrusted as u:
            fail("%s: expected %s, got entries of type %s" % (what, show(expected), u.type_name), expected, None)
        e = np.asarray(expected)
        if a.shape != e.shape:
            fail("%s: expected shape %s, got shape %s" % (what, e.shape, a.shape), expected, a)
        if not np.array_equal(a, e):
            try:
                window = _mismatch_window(np, a, e)
            except Exception:  # noqa: BLE001 - odd dtypes fall back to the plain message
                window = None
            if window is not None and show(a) == show(e):
                fail("%s: the arrays print alike but differ bitwise; %s" % (what, window), expected, a)
            if window is not None and a.size > _LONG_ARRAY:
                fail("%s: %s" % (what, window), expected, a)
            fail("%s: expected %s, got %s" % (what, show(e), show(a)), expected, a)
        return
    # Compared as plain values: an object of the solution's own class could say it equals anything.
    actual = _plain_or_fail(actual, expected, what)
    if actual != _trusted(expected):
        if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)) and len(actual) == len(expected) > _LONG_ARRAY:
            message = _list_window(actual, expected, what)
            if message is not None:
                fail(message, expected, actual)
        fail("%s: expected %s, got %s%s" % (what, show(expected), show(actual), _alike_note(show(expected), show(actual), expected, actual)), expected, actual)


def _shape_of(value):
    np = _np()
    if np is not None:
        # The shape of the data, not what a `shape` attribute of the solution's own says.
        return tuple(_plain_array(np, value).shape)
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
                "%s: values differ beyond tolerance (atol=%g, rtol=%g) in %d of %d entries; first%s: expected %r, got %r%s"
                % (what, atol, rtol, len(bad), a.size, where, float(e[idx]), float(a[idx]), _window_close(np, a, e, idx)),
                expected,
                actual,
            )
        return
    _close_python(actual, expected, atol, rtol, what, ())


def _window_close(np, a, e, idx):
    """For long arrays, the entries around the first mismatch (along the last axis)."""
    if a.ndim == 0 or a.size <= _LONG_ARRAY:
        return ""
    lead, last = idx[:-1], idx[-1]
    lo, hi = max(0, last - _WINDOW), min(a.shape[-1], last + _WINDOW + 1)
    span = "[%s%d:%d]" % ("".join("%d, " % i for i in lead), lo, hi)
    return "; around it, entries %s: expected %s, got %s" % (span, show(e[lead + (slice(lo, hi),)].tolist()), show(a[lead + (slice(lo, hi),)].tolist()))


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
    actual = _plain_or_fail(actual, list(allowed), what)
    if actual not in allowed:
        fail("%s: expected one of %s, got %s" % (what, show(list(allowed)), show(actual)), list(allowed), actual)


def _describe_call(fn, args, kwargs):
    name = getattr(fn, "__name__", "the function")
    parts = [show(a) for a in args] + ["%s=%s" % (k, show(v)) for k, v in kwargs.items()]
    text = "%s(%s)" % (name, ", ".join(parts))
    if len(text) > 300:
        text = text[:300] + " ...)"
    return text


def check_raises(exc, fn, *args, what=None, **kwargs):
    """Call fn(*args, **kwargs) and require that it raises `exc` (a class or a tuple of classes).

    The failure names the input: `what` if given, else the call with its
    arguments. Returns the exception raised, for further checks on it.
    Another exception type is a failure too, and says which one came instead.
    """
    names = " or ".join(c.__name__ for c in (exc if isinstance(exc, tuple) else (exc,)))
    call = what if what is not None else _describe_call(fn, args, kwargs)
    try:
        result = fn(*args, **kwargs)
    except exc as raised:
        return raised
    except Exception as other:  # noqa: BLE001 - reported as a check failure
        fail("%s: expected %s, but it raised %s: %s" % (call, names, type(other).__name__, other), names, type(other).__name__)
    fail("%s: expected %s to be raised, but it returned %s" % (call, names, show(result)), names, result)
