# Wrong: only rejects equal rates; a rate of 0 or 1, or alpha/power outside (0, 1), slips through.
import math
from statistics import NormalDist


def sample_size_two_proportions(p1, p2, alpha=0.05, power=0.8):
    if p1 == p2:
        raise ValueError("equal rates")
    z_a = NormalDist().inv_cdf(1 - alpha / 2) if 0 < alpha < 1 else 0.0
    z_b = NormalDist().inv_cdf(power) if 0 < power < 1 else 0.0
    pbar = (p1 + p2) / 2
    n = (z_a * math.sqrt(abs(2 * pbar * (1 - pbar))) + z_b * math.sqrt(abs(p1 * (1 - p1) + p2 * (1 - p2)))) ** 2 / (p1 - p2) ** 2
    return int(math.ceil(n))
