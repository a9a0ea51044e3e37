import math
from statistics import NormalDist


def _unit(name, value):
    value = float(value)
    if not 0.0 < value < 1.0:
        raise ValueError("%s must be strictly between 0 and 1, got %r" % (name, value))
    return value


def sample_size_two_proportions(p1, p2, alpha=0.05, power=0.8):
    p1, p2 = _unit("p1", p1), _unit("p2", p2)
    alpha, power = _unit("alpha", alpha), _unit("power", power)
    if p1 == p2:
        raise ValueError("p1 and p2 must differ")
    z = NormalDist()
    z_a = z.inv_cdf(1.0 - alpha / 2.0)
    z_b = z.inv_cdf(power)
    pbar = (p1 + p2) / 2.0
    null_sd = math.sqrt(2.0 * pbar * (1.0 - pbar))
    alt_sd = math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2))
    n = (z_a * null_sd + z_b * alt_sd) ** 2 / (p1 - p2) ** 2
    return int(math.ceil(n))
