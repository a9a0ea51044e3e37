# Wrong: assigns into the column, so a later colliding feature overwrites an earlier one.
import numbers

import numpy as np

_FNV_OFFSET = 0x811C9DC5
_FNV_PRIME = 0x01000193


def fnv1a_32(text):
    h = _FNV_OFFSET
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * _FNV_PRIME) & 0xFFFFFFFF
    return h


def hash_features(rows, n_features):
    if isinstance(n_features, bool) or not isinstance(n_features, numbers.Integral) or n_features < 1:
        raise ValueError("n_features must be a positive integer, got %r" % (n_features,))
    out = np.zeros((len(rows), n_features))
    for r, row in enumerate(rows):
        if not isinstance(row, dict):
            raise TypeError("row %d is not a dict" % r)
        for name, value in row.items():
            if not isinstance(name, str):
                raise TypeError("feature names must be strings, got %r" % (name,))
            if isinstance(value, str):
                key, x = name + "=" + value, 1.0
            elif isinstance(value, numbers.Real) and not isinstance(value, bool):
                key, x = name, float(value)
            else:
                raise TypeError("feature %r has a value of type %s" % (name, type(value).__name__))
            h = fnv1a_32(key)
            sign = -1.0 if h >> 31 else 1.0
            out[r, h % n_features] = sign * x
    return out
