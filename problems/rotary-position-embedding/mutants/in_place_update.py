# Wrong: updates the even features in place, then uses the already-rotated values for the odd ones.
import numpy as np


def apply_rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim < 2 or x.shape[-1] % 2:
        raise ValueError("bad shape")
    T, D = x.shape[-2], x.shape[-1]
    positions = np.arange(T) if positions is None else np.asarray(positions, dtype=np.float64)
    if positions.shape != (T,):
        raise ValueError("bad positions")
    theta = base ** (-2.0 * np.arange(D // 2) / D)
    ang = positions[:, None] * theta
    x[..., 0::2] = x[..., 0::2] * np.cos(ang) - x[..., 1::2] * np.sin(ang)
    x[..., 1::2] = x[..., 0::2] * np.sin(ang) + x[..., 1::2] * np.cos(ang)
    return x
