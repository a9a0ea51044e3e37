# Wrong: evaluation mode still normalizes with the batch statistics instead of the running ones.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.9, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    out = gamma * (x - mu) / np.sqrt(var + eps) + beta
    if train:
        return out, momentum * running_mean + (1 - momentum) * mu, momentum * running_var + (1 - momentum) * var
    return out, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
