import math
from statistics import NormalDist

import numpy as np


def sample_size_two_proportions(p1, p2, alpha=0.05, power=0.8):
    """Users per arm for a two-sided two-proportion z-test (normal approximation).

    Returns the smallest int n meeting the formula in the README. Raises
    ValueError for rates, alpha or power outside (0, 1), or p1 == p2.
    """
    raise NotImplementedError("sample_size_two_proportions is not implemented yet")
