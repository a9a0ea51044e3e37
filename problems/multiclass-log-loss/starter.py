import numpy as np


def multiclass_log_loss(y_true, proba, eps=1e-15):
    """-(1/n) * sum_i log(max(proba[i, y_i], eps)); proba rows sum to 1. Returns a float."""
    raise NotImplementedError("multiclass_log_loss is not implemented yet")


def log_loss_from_logits(y_true, logits):
    """Log loss of softmax(logits) rows, computed stably from the logits. Returns a float."""
    raise NotImplementedError("log_loss_from_logits is not implemented yet")
