# Wrong: subtracts the row mean first, as LayerNorm does; RMSNorm does not centre.
import numpy as np


def rmsnorm_forward(x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    if weight.shape != (x.shape[-1],):
        raise ValueError("bad weight shape")
    xc = x - x.mean(axis=-1, keepdims=True)
    r = np.sqrt(np.mean(xc * xc, axis=-1, keepdims=True) + eps)
    return weight * xc / r


def rmsnorm_backward(dout, x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    weight = np.asarray(weight, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    if weight.shape != (x.shape[-1],) or dout.shape != x.shape:
        raise ValueError("bad shapes")
    xc = x - x.mean(axis=-1, keepdims=True)
    r = np.sqrt(np.mean(xc * xc, axis=-1, keepdims=True) + eps)
    xh = xc / r
    g = dout * weight
    dx = (g - g.mean(axis=-1, keepdims=True) - xh * np.mean(g * xh, axis=-1, keepdims=True)) / r
    return dx, (dout * xh).reshape(-1, x.shape[-1]).sum(axis=0)
