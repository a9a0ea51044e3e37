import numpy as np


def _stats(x):
    mu = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mu * mu
    return mu, var


def layernorm_forward(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mu, var = _stats(x)
    x_hat = (x - mu) / np.sqrt(var + eps)
    return gamma * x_hat + beta


def layernorm_backward(dout, x, gamma, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    mu, var = _stats(x)
    rstd = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * rstd
    lead = tuple(range(x.ndim - 1))
    dgamma = np.sum(dout * x_hat, axis=lead)
    dbeta = np.sum(dout, axis=lead)
    g = dout * gamma
    dx = rstd * (g - g.mean(axis=-1, keepdims=True) - x_hat * (g * x_hat).mean(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
