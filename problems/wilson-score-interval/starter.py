import math
from statistics import NormalDist


def wilson_interval(successes, trials, alpha=0.05):
    """Wilson score interval (low, high) for successes / trials at level 1 - alpha."""
    raise NotImplementedError("wilson_interval is not implemented yet")
