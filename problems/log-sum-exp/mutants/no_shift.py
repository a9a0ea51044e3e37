# Wrong: exponentiates the raw entries, so exp overflows past 709 and tiny rows underflow to log(0).
import numpy as np


def log_sum_exp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=np.float64)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    shift = np.zeros_like(m)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        total = np.sum(np.exp(x - shift), axis=axis, keepdims=True)
        out = shift + np.log(total)
    if keepdims:
        return out
    if axis is None:
        return float(out.reshape(()))
    return np.squeeze(out, axis=axis)
