# Wrong: uses the pooled null spread sqrt(2 pbar (1 - pbar)) for the power term as well.
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
    sd = math.sqrt(2 * pbar * (1 - pbar))
    return int(math.ceil(((z_a + z_b) * sd) ** 2 / (p1 - p2) ** 2))
