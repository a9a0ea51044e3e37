import numpy as np


def quantize_int4(w, group_size):
    """Asymmetric 4-bit quantization per group of `group_size` values along the last axis.

    Returns (q uint8 in 0..15 shaped like w, scales float64 (..., K // G), zeros uint8 (..., K // G)).
    """
    raise NotImplementedError("quantize_int4 is not implemented yet")


def dequantize_int4(q, scales, zeros, group_size):
    """(q - zero) * scale for every entry, as float64 shaped like q."""
    raise NotImplementedError("dequantize_int4 is not implemented yet")


def pack_int4(q):
    """Two codes per byte: packed[..., j] = q[..., 2j] + 16 * q[..., 2j + 1], as uint8."""
    raise NotImplementedError("pack_int4 is not implemented yet")


def unpack_int4(packed):
    """The inverse of pack_int4: uint8 codes of shape (..., 2 * M)."""
    raise NotImplementedError("unpack_int4 is not implemented yet")
