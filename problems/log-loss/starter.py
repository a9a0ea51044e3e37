import numpy as np


def log_loss(y_true, p, eps=1e-15):
    """Mean binary cross-entropy of labels y_true (0/1) and probabilities p = P(y = 1).

    Clip p to [eps, 1 - eps] first, then average
    -(y * log(p) + (1 - y) * log(1 - p)) over the samples. Returns a float.
    """
    raise NotImplementedError("log_loss is not implemented yet")
