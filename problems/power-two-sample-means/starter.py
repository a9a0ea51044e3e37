import math
from statistics import NormalDist

import numpy as np


def power_two_means(delta, sigma, n1, n2, alpha=0.05):
    """Exact power (both tails) of the two-sided two-sample z-test with known sigma.

    Returns a float in [0, 1]. Raises ValueError for sigma <= 0, arm sizes
    that are not integers >= 1, or alpha outside (0, 1).
    """
    raise NotImplementedError("power_two_means is not implemented yet")


def n_per_arm_for_power(delta, sigma, power, alpha=0.05):
    """Smallest n (users per arm, equal arms) with power_two_means(delta, sigma, n, n, alpha) >= power.

    Returns an int >= 1. Raises ValueError for delta == 0, sigma <= 0, or
    alpha/power outside (0, 1).
    """
    raise NotImplementedError("n_per_arm_for_power is not implemented yet")
