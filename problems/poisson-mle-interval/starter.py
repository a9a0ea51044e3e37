import math
from statistics import NormalDist

import numpy as np


def poisson_rate_interval(counts, exposure=None, alpha=0.05):
    """MLE K / T of a Poisson rate and its likelihood-ratio interval at level 1 - alpha.

    Returns (rate, low, high) as Python floats.
    """
    raise NotImplementedError("poisson_rate_interval is not implemented yet")
