import numpy as np


def stationary_distribution(P):
    """The unique pi >= 0 with sum 1 and pi @ P = pi; ValueError when it is not unique."""
    raise NotImplementedError("stationary_distribution is not implemented yet")


def distribution_after(p0, P, steps):
    """p0 @ P^steps for a possibly huge integer steps (up to 10**12)."""
    raise NotImplementedError("distribution_after is not implemented yet")
