# Wrong: n from the textbook formula 2 sigma^2 (z_a + z_b)^2 / delta^2, which ignores the far tail,
# so it is not always the smallest n whose exact power reaches the target.
import math
from statistics import NormalDist

_N = NormalDist()


def power_two_means(delta, sigma, n1, n2, alpha=0.05):
    if sigma <= 0 or not 0 < alpha < 1 or isinstance(n1, (bool, float)) or isinstance(n2, (bool, float)) or n1 < 1 or n2 < 1:
        raise ValueError("bad arguments")
    z = _N.inv_cdf(1 - alpha / 2)
    lam = abs(delta) / (sigma * math.sqrt(1 / n1 + 1 / n2))
    return float(_N.cdf(lam - z) + _N.cdf(-lam - z))


def n_per_arm_for_power(delta, sigma, power, alpha=0.05):
    if delta == 0 or sigma <= 0 or not 0 < power < 1 or not 0 < alpha < 1:
        raise ValueError("bad arguments")
    z_a, z_b = _N.inv_cdf(1 - alpha / 2), _N.inv_cdf(power)
    return max(1, math.ceil(2 * sigma ** 2 * (z_a + z_b) ** 2 / delta ** 2))
