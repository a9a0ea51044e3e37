# Wrong: divides the range by 128 and clips to -128..127 (the asymmetric int8 range).
import numpy as np


def quantize_int8(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("x must not be empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    amax = float(np.max(np.abs(x)))
    scale = amax / 128.0 if amax > 0 else 1.0
    q = np.clip(np.rint(x / scale), -128, 127).astype(np.int8)
    return q, scale


def dequantize_int8(q, scale):
    q = np.asarray(q)
    if q.dtype != np.int8:
        raise ValueError("q must be an int8 array, got %s" % q.dtype)
    if not scale > 0:
        raise ValueError("scale must be positive, got %r" % (scale,))
    return q.astype(np.float64) * float(scale)
