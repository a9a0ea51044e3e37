# Wrong: sums the weight gradient over axis 0 only, which is right for 2-D input but not for (B, T, D).
import numpy as np


def rmsnorm_forward(x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    if weight.shape != (x.shape[-1],):
        raise ValueError("bad weight shape")
    return weight * x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)


def rmsnorm_backward(dout, x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    if weight.shape != (x.shape[-1],) or dout.shape != x.shape:
        raise ValueError("bad shapes")
    r = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    g = dout * weight
    dx = (g - x * np.mean(g * x, axis=-1, keepdims=True) / (r * r)) / r
    dweight = (dout * x / r).sum(axis=0) if x.ndim > 1 else dout * x / r
    return dx, dweight
