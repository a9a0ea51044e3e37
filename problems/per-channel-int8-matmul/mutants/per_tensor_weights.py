# Wrong: one scale for the whole weight matrix, repeated for every row.
import numpy as np


def quantize_per_channel(W):
    W = np.asarray(W, dtype=np.float64)
    if W.ndim != 2 or W.size == 0:
        raise ValueError("W must be a non-empty 2-D array (out_features, in_features), got shape %s" % (W.shape,))
    if not np.all(np.isfinite(W)):
        raise ValueError("W must be finite")
    amax = np.full(W.shape[0], np.max(np.abs(W)))
    scales = np.where(amax > 0, amax / 127.0, 1.0)
    Wq = np.clip(np.rint(W / scales[:, None]), -127, 127).astype(np.int8)
    return Wq, scales


def int8_linear(x, Wq, w_scales, bias=None):
    x = np.asarray(x, dtype=np.float64)
    Wq = np.asarray(Wq)
    w_scales = np.asarray(w_scales, dtype=np.float64)
    if Wq.dtype != np.int8 or Wq.ndim != 2:
        raise ValueError("Wq must be a 2-D int8 array")
    if x.ndim != 2 or x.shape[1] != Wq.shape[1]:
        raise ValueError("x must have shape (N, %d), got %s" % (Wq.shape[1], x.shape))
    if w_scales.shape != (Wq.shape[0],) or np.any(w_scales <= 0):
        raise ValueError("w_scales must be %d positive numbers" % Wq.shape[0])
    amax = float(np.max(np.abs(x))) if x.size else 0.0
    sx = amax / 127.0 if amax > 0 else 1.0
    xq = np.clip(np.rint(x / sx), -127, 127).astype(np.int8)
    acc = xq.astype(np.int32) @ Wq.astype(np.int32).T
    y = acc.astype(np.float64) * (sx * w_scales)[None, :]
    if bias is not None:
        bias = np.asarray(bias, dtype=np.float64)
        if bias.shape != (Wq.shape[0],):
            raise ValueError("bias must have shape (%d,)" % Wq.shape[0])
        y = y + bias
    return y
