import math
import numbers
from statistics import NormalDist

_N = NormalDist()


def _check_common(sigma, alpha):
    if not float(sigma) > 0:
        raise ValueError("sigma must be > 0, got %r" % (sigma,))
    if not 0.0 < float(alpha) < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1, got %r" % (alpha,))


def _arm(name, n):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
        raise ValueError("%s must be an integer >= 1, got %r" % (name, n))
    return int(n)


def _power(lam, z):
    return _N.cdf(lam - z) + _N.cdf(-lam - z)


def power_two_means(delta, sigma, n1, n2, alpha=0.05):
    _check_common(sigma, alpha)
    n1, n2 = _arm("n1", n1), _arm("n2", n2)
    z = _N.inv_cdf(1.0 - float(alpha) / 2.0)
    lam = abs(float(delta)) / (float(sigma) * math.sqrt(1.0 / n1 + 1.0 / n2))
    return float(_power(lam, z))


def n_per_arm_for_power(delta, sigma, power, alpha=0.05):
    _check_common(sigma, alpha)
    if not 0.0 < float(power) < 1.0:
        raise ValueError("power must be strictly between 0 and 1, got %r" % (power,))
    if float(delta) == 0.0:
        raise ValueError("delta must be non-zero")
    power = float(power)

    def reaches(n):
        return power_two_means(delta, sigma, n, n, alpha) >= power

    hi = 1
    while not reaches(hi):
        hi *= 2
    lo = hi // 2  # lo fails (or is 0), hi reaches
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if reaches(mid):
            hi = mid
        else:
            lo = mid
    return hi
