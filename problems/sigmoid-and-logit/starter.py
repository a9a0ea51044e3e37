import numpy as np


def sigmoid(x):
    """1 / (1 + exp(-x)) elementwise; float64, same shape as x; finite and in [0, 1] for any finite x."""
    raise NotImplementedError("sigmoid is not implemented yet")


def log_sigmoid(x):
    """log(sigmoid(x)) elementwise, finite for any finite x (log_sigmoid(-1000) == -1000)."""
    raise NotImplementedError("log_sigmoid is not implemented yet")


def logit(p):
    """The inverse of sigmoid: log(p / (1 - p)) elementwise for p in [0, 1]; logit(0) = -inf, logit(1) = +inf."""
    raise NotImplementedError("logit is not implemented yet")
