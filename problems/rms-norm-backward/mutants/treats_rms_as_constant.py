# Wrong: backpropagates as if r were a constant, dropping the path through mean(x**2).
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
    return dout * weight / r, (dout * x / r).reshape(-1, x.shape[-1]).sum(axis=0)
