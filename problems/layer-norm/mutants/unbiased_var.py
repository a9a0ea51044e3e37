# Wrong: uses the unbiased variance (divide by D - 1) over the features.
import numpy as np


def _stats(x, eps):
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).sum(axis=-1, keepdims=True) / max(d - 1, 1)
    return mu, 1.0 / np.sqrt(var + eps)


def layernorm_forward(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mu, rstd = _stats(x, eps)
    return gamma * (x - mu) * rstd + beta


def layernorm_backward(dout, x, gamma, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    d = x.shape[-1]
    mu, rstd = _stats(x, eps)
    x_hat = (x - mu) * rstd
    lead = tuple(range(x.ndim - 1))
    g = dout * gamma
    c = d / max(d - 1, 1)
    dx = rstd * (g - g.mean(axis=-1, keepdims=True) - c * x_hat * (g * x_hat).mean(axis=-1, keepdims=True))
    return dx, np.sum(dout * x_hat, axis=lead), np.sum(dout, axis=lead)
