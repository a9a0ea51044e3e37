# Wrong: does not check the bias shape, so a (1,) or scalar bias is broadcast instead of refused.
import numpy as np


def _check(x, W, A, B):
    if W.ndim != 2 or A.ndim != 2 or B.ndim != 2:
        raise ValueError("W, A and B must be 2-D")
    out_f, in_f = W.shape
    r = A.shape[0]
    if r < 1 or A.shape != (r, in_f) or B.shape != (out_f, r):
        raise ValueError("expected A (r, %d) and B (%d, r) with r >= 1, got %s and %s" % (in_f, out_f, A.shape, B.shape))
    if x is not None and (x.ndim != 2 or x.shape[1] != in_f):
        raise ValueError("x must have shape (N, %d), got %s" % (in_f, x.shape))
    return r


def lora_forward(x, W, b, A, B, alpha):
    x, W, b, A, B = (np.asarray(v, dtype=np.float64) for v in (x, W, b, A, B))
    r = _check(x, W, A, B)
    scale = alpha / r
    return x @ W.T + b + scale * ((x @ A.T) @ B.T)


def lora_backward(dy, x, W, A, B, alpha):
    dy, x, W, A, B = (np.asarray(v, dtype=np.float64) for v in (dy, x, W, A, B))
    r = _check(x, W, A, B)
    if dy.shape != (x.shape[0], W.shape[0]):
        raise ValueError("dy must have shape (%d, %d)" % (x.shape[0], W.shape[0]))
    scale = alpha / r
    h = x @ A.T
    dh = scale * (dy @ B)
    return {"dx": dy @ W + dh @ A, "dA": dh.T @ x, "dB": scale * (dy.T @ h)}


def merge_lora(W, A, B, alpha):
    W, A, B = (np.asarray(v, dtype=np.float64) for v in (W, A, B))
    r = _check(None, W, A, B)
    return W + (alpha / r) * (B @ A)
