import numpy as np


def _prepare(x, weight):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    if x.ndim < 1 or x.shape[-1] < 1:
        raise ValueError("x must have at least one dimension with D >= 1, got shape %s" % (x.shape,))
    if weight.shape != (x.shape[-1],):
        raise ValueError("weight must have shape (%d,), got %s" % (x.shape[-1], weight.shape))
    return x, weight


def rmsnorm_forward(x, weight, eps=1e-6):
    x, weight = _prepare(x, weight)
    r = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return weight * (x / r)


def rmsnorm_backward(dout, x, weight, eps=1e-6):
    x, weight = _prepare(x, weight)
    dout = np.asarray(dout, dtype=np.float64)
    if dout.shape != x.shape:
        raise ValueError("dout must have the shape of x %s, got %s" % (x.shape, dout.shape))
    r = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    g = dout * weight
    dx = (g - x * np.mean(g * x, axis=-1, keepdims=True) / (r * r)) / r
    dweight = (dout * (x / r)).reshape(-1, x.shape[-1]).sum(axis=0)
    return dx, dweight
