import numpy as np


def listnet_loss(scores, labels, mask=None):
    """Mean over queries of -sum(softmax(labels) * log softmax(scores)) on valid documents; returns (loss, grad)."""
    raise NotImplementedError("listnet_loss is not implemented yet")
