# Wrong: rounds to the nearest integer, which can leave the test short of the requested power.
import math
from statistics import NormalDist


def sample_size_two_proportions(p1, p2, alpha=0.05, power=0.8):
    for v in (p1, p2, alpha, power):
        if not 0 < v < 1:
            raise ValueError("out of range")
    if p1 == p2:
        raise ValueError("equal rates")
    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    pbar = (p1 + p2) / 2
    n = (z_a * math.sqrt(2 * pbar * (1 - pbar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2
    return int(round(n))
