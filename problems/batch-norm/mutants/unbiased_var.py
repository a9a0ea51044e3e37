# Wrong: uses the unbiased (N - 1) batch variance instead of the biased one.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.9, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    if train:
        mu = x.mean(axis=0)
        var = x.var(axis=0, ddof=1) if x.shape[0] > 1 else np.zeros(x.shape[1])
        out = gamma * (x - mu) / np.sqrt(var + eps) + beta
        return out, momentum * running_mean + (1 - momentum) * mu, momentum * running_var + (1 - momentum) * var
    out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return out, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
