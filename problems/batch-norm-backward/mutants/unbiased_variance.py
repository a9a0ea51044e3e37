# Wrong: uses the unbiased variance (divide by m - 1) in the statistics.
import numpy as np


def batchnorm_backward(dout, x, gamma, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    if x.ndim not in (2, 4):
        raise ValueError("x must be (N, D) or (N, C, H, W), got shape %s" % (x.shape,))
    if dout.shape != x.shape:
        raise ValueError("dout must have the shape of x %s, got %s" % (x.shape, dout.shape))
    if gamma.shape != (x.shape[1],):
        raise ValueError("gamma must have shape (%d,), got %s" % (x.shape[1], gamma.shape))
    axes = (0,) if x.ndim == 2 else (0, 2, 3)
    m = x.size // x.shape[1]
    if m < 1:
        raise ValueError("x must hold at least one value per channel")
    shape = (1, -1) if x.ndim == 2 else (1, -1, 1, 1)
    mu = x.mean(axis=axes, keepdims=True)
    xc = x - mu
    var = (xc * xc).sum(axis=axes, keepdims=True) / (m - 1)
    inv = 1.0 / np.sqrt(var + eps)
    xhat = xc * inv
    dbeta = dout.sum(axis=axes)
    dgamma = (dout * xhat).sum(axis=axes)
    g = dout * gamma.reshape(shape)
    dx = inv * (g - g.mean(axis=axes, keepdims=True) - xhat * (g * xhat).mean(axis=axes, keepdims=True))
    return dx, dgamma, dbeta
