# Wrong: pairs feature i with feature i + D/2 (the "rotate half" layout), not adjacent features.
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
    a, b = x[..., : D // 2], x[..., D // 2:]
    return np.concatenate([a * np.cos(ang) - b * np.sin(ang), a * np.sin(ang) + b * np.cos(ang)], axis=-1)
