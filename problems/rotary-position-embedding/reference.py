import numpy as np


def apply_rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim < 2:
        raise ValueError("x must have shape (..., T, D), got %s" % (x.shape,))
    T, D = x.shape[-2], x.shape[-1]
    if D < 2 or D % 2:
        raise ValueError("the feature size D must be even and >= 2, got %d" % D)
    if positions is None:
        positions = np.arange(T, dtype=np.float64)
    else:
        positions = np.asarray(positions, dtype=np.float64)
        if positions.shape != (T,):
            raise ValueError("positions must have shape (%d,), got %s" % (T, positions.shape))
    theta = base ** (-2.0 * np.arange(D // 2) / D)
    angles = positions[:, None] * theta[None, :]
    c, s = np.cos(angles), np.sin(angles)
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * c - b * s
    out[..., 1::2] = a * s + b * c
    return out
