import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.9, eps=1e-5):
    """Batch norm over the rows of x (N, D). Returns (out, new_running_mean, new_running_var).

    train=True: normalize with the batch mean and biased batch variance, and update
        new = momentum * running + (1 - momentum) * batch_stat.
    train=False: normalize with running_mean / running_var and return them unchanged.
    """
    raise NotImplementedError("batchnorm_forward is not implemented yet")
