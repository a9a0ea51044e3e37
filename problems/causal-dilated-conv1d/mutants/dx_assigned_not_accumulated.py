# Wrong: assigns each tap's input gradient instead of adding it, so overlapping taps overwrite each other.
import numbers

import numpy as np


def _prepare(x, w, dilation):
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    if x.ndim != 3 or min(x.shape) < 1:
        raise ValueError("x must have shape (N, C_in, T) with positive sizes, got %s" % (x.shape,))
    if w.ndim != 3 or min(w.shape) < 1:
        raise ValueError("w must have shape (C_out, C_in, K) with positive sizes, got %s" % (w.shape,))
    if x.shape[1] != w.shape[1]:
        raise ValueError("x has %d channels but w expects %d" % (x.shape[1], w.shape[1]))
    if isinstance(dilation, bool) or not isinstance(dilation, numbers.Integral) or dilation < 1:
        raise ValueError("dilation must be an integer >= 1, got %r" % (dilation,))
    d = int(dilation)
    pad = (w.shape[2] - 1) * d
    xp = np.concatenate([np.zeros(x.shape[:2] + (pad,)), x], axis=2)
    return x, w, d, pad, xp


def causal_conv1d(x, w, b, dilation=1):
    x, w, d, pad, xp = _prepare(x, w, dilation)
    b = np.asarray(b, dtype=np.float64)
    if b.shape != (w.shape[0],):
        raise ValueError("b must have shape (%d,), got %s" % (w.shape[0], b.shape))
    N, _, T = x.shape
    y = np.zeros((N, w.shape[0], T)) + b[None, :, None]
    for k in range(w.shape[2]):
        y += np.einsum("oc,nct->not", w[:, :, k], xp[:, :, k * d:k * d + T])
    return y


def causal_conv1d_backward(dy, x, w, dilation=1):
    x, w, d, pad, xp = _prepare(x, w, dilation)
    dy = np.asarray(dy, dtype=np.float64)
    N, _, T = x.shape
    if dy.shape != (N, w.shape[0], T):
        raise ValueError("dy must have shape %s, got %s" % ((N, w.shape[0], T), dy.shape))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for k in range(w.shape[2]):
        window = slice(k * d, k * d + T)
        dw[:, :, k] = np.einsum("not,nct->oc", dy, xp[:, :, window])
        dxp[:, :, window] = np.einsum("oc,not->nct", w[:, :, k], dy)
    return dxp[:, :, pad:], dw, dy.sum(axis=(0, 2))
