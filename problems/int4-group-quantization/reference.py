import numbers

import numpy as np


def _group_size(group_size, k):
    if isinstance(group_size, bool) or not isinstance(group_size, numbers.Integral) or group_size < 1:
        raise ValueError("group_size must be a positive integer, got %r" % (group_size,))
    g = int(group_size)
    if k % g != 0:
        raise ValueError("group_size %d does not divide the last axis of length %d" % (g, k))
    return g


def quantize_int4(w, group_size):
    w = np.asarray(w, dtype=np.float64)
    if w.ndim == 0 or w.size == 0:
        raise ValueError("w must be a non-empty array with at least one dimension, got shape %s" % (w.shape,))
    if not np.all(np.isfinite(w)):
        raise ValueError("w must be finite")
    k = w.shape[-1]
    g = _group_size(group_size, k)
    groups = w.reshape(w.shape[:-1] + (k // g, g))
    lo = np.minimum(groups.min(axis=-1), 0.0)
    hi = np.maximum(groups.max(axis=-1), 0.0)
    span = hi - lo
    scales = np.where(span > 0, span / 15.0, 1.0)
    zeros = np.clip(np.rint(-lo / scales), 0, 15)
    q = np.clip(np.rint(groups / scales[..., None]) + zeros[..., None], 0, 15)
    return q.reshape(w.shape).astype(np.uint8), scales, zeros.astype(np.uint8)


def dequantize_int4(q, scales, zeros, group_size):
    q = np.asarray(q)
    scales = np.asarray(scales, dtype=np.float64)
    zeros = np.asarray(zeros)
    if q.ndim == 0:
        raise ValueError("q must have at least one dimension")
    k = q.shape[-1]
    g = _group_size(group_size, k)
    want = q.shape[:-1] + (k // g,)
    if scales.shape != want or zeros.shape != want:
        raise ValueError("scales and zeros must have shape %s, got %s and %s" % (want, scales.shape, zeros.shape))
    groups = q.astype(np.float64).reshape(want + (g,))
    out = (groups - zeros.astype(np.float64)[..., None]) * scales[..., None]
    return out.reshape(q.shape)


def pack_int4(q):
    q = np.asarray(q)
    if q.dtype.kind not in "iu":
        raise ValueError("q must be an integer array, got dtype %s" % q.dtype)
    if q.ndim == 0 or q.shape[-1] % 2 != 0:
        raise ValueError("the last axis of q must have an even length, got shape %s" % (q.shape,))
    if q.size and (q.min() < 0 or q.max() > 15):
        raise ValueError("every code must be in 0..15")
    q = q.astype(np.uint8)
    return (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)


def unpack_int4(packed):
    packed = np.asarray(packed)
    if packed.dtype != np.uint8:
        raise ValueError("packed must be a uint8 array, got dtype %s" % packed.dtype)
    if packed.ndim == 0:
        raise ValueError("packed must have at least one dimension")
    low = packed & 0x0F
    high = packed >> 4
    return np.stack([low, high], axis=-1).reshape(packed.shape[:-1] + (2 * packed.shape[-1],)).astype(np.uint8)
