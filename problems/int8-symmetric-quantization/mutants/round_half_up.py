# Wrong: rounds with floor(v + 0.5), so 2.5 becomes 3 and -0.5 becomes 0 only by luck.
import numpy as np


def quantize_int8(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("x must not be empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    amax = float(np.max(np.abs(x)))
    scale = amax / 127.0 if amax > 0 else 1.0
    q = np.clip(np.floor(x / scale + 0.5), -127, 127).astype(np.int8)
    return q, scale


def dequantize_int8(q, scale):
    q = np.asarray(q)
    if q.dtype != np.int8:
        raise ValueError("q must be an int8 array, got %s" % q.dtype)
    if not scale > 0:
        raise ValueError("scale must be positive, got %r" % (scale,))
    return q.astype(np.float64) * float(scale)
