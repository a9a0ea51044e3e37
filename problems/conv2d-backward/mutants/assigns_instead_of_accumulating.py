# Wrong: writes each offset's contribution into dx with = instead of +=, losing overlapping windows.
import numbers

import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    if x.ndim != 4 or w.ndim != 4 or x.shape[1] != w.shape[1]:
        raise ValueError("x must be (N, C, H, W) and w (F, C, KH, KW) with the same C, got %s and %s" % (x.shape, w.shape))
    if isinstance(stride, bool) or not isinstance(stride, numbers.Integral) or stride < 1:
        raise ValueError("stride must be an integer >= 1, got %r" % (stride,))
    if isinstance(padding, bool) or not isinstance(padding, numbers.Integral) or padding < 0:
        raise ValueError("padding must be an integer >= 0, got %r" % (padding,))
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    S, P = int(stride), int(padding)
    Ho = (H + 2 * P - KH) // S + 1
    Wo = (W + 2 * P - KW) // S + 1
    if Ho < 1 or Wo < 1:
        raise ValueError("the kernel does not fit the padded input")
    if dout.shape != (N, F, Ho, Wo):
        raise ValueError("dout must have shape %s, got %s" % ((N, F, Ho, Wo), dout.shape))
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for a in range(KH):
        rows = slice(a, a + S * (Ho - 1) + 1, S)
        for e in range(KW):
            cols = slice(e, e + S * (Wo - 1) + 1, S)
            patch = xp[:, :, rows, cols]                       # (N, C, Ho, Wo)
            dw[:, :, a, e] = np.einsum("nfij,ncij->fc", dout, patch)
            dxp[:, :, rows, cols] = np.einsum("nfij,fc->ncij", dout, w[:, :, a, e])
    dx = dxp[:, :, P:P + H, P:P + W]
    db = dout.sum(axis=(0, 2, 3))
    return dx, dw, db
