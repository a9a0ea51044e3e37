# Wrong: backward treats mean and variance as constants, so dx = dout * gamma / sqrt(var + eps).
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    x_hat = (x - x.mean(axis=-1, keepdims=True)) / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    return gamma * x_hat + beta


def layernorm_backward(dout, x, gamma, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    rstd = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    x_hat = (x - x.mean(axis=-1, keepdims=True)) * rstd
    lead = tuple(range(x.ndim - 1))
    return dout * gamma * rstd, np.sum(dout * x_hat, axis=lead), np.sum(dout, axis=lead)
