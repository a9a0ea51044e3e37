# Wrong: adds eps after the square root, x / (sqrt(mean(x**2)) + eps).
import numpy as np


def _r(x, eps):
    return np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps


def rmsnorm_forward(x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    if weight.shape != (x.shape[-1],):
        raise ValueError("bad weight shape")
    return weight * x / _r(x, eps)


def rmsnorm_backward(dout, x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    if weight.shape != (x.shape[-1],) or dout.shape != x.shape:
        raise ValueError("bad shapes")
    s = np.sqrt(np.mean(x * x, axis=-1, keepdims=True))
    r = s + eps
    g = dout * weight
    # d r / d x_j = x_j / (D * s); guarded so a zero row does not divide by zero
    safe = np.where(s > 0, s, 1.0)
    dx = g / r - x * np.mean(g * x, axis=-1, keepdims=True) / (r * r * safe)
    return dx, (dout * x / r).reshape(-1, x.shape[-1]).sum(axis=0)
