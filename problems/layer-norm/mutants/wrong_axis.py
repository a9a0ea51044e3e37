# Wrong: normalizes over the batch axis (axis 0, like batch norm) instead of the feature axis.
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    x_hat = (x - x.mean(axis=0, keepdims=True)) / np.sqrt(x.var(axis=0, keepdims=True) + eps)
    return gamma * x_hat + beta


def layernorm_backward(dout, x, gamma, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    rstd = 1.0 / np.sqrt(x.var(axis=0, keepdims=True) + eps)
    x_hat = (x - x.mean(axis=0, keepdims=True)) * rstd
    lead = tuple(range(x.ndim - 1))
    g = dout * gamma
    dx = rstd * (g - g.mean(axis=0, keepdims=True) - x_hat * (g * x_hat).mean(axis=0, keepdims=True))
    return dx, np.sum(dout * x_hat, axis=lead), np.sum(dout, axis=lead)
