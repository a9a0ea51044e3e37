# Wrong: returns the Wald interval p_hat -/+ z sqrt(p_hat (1 - p_hat) / n), clipped to [0, 1].
import math
import numbers
from statistics import NormalDist


def wilson_interval(successes, trials, alpha=0.05):
    for name, v in (("successes", successes), ("trials", trials)):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise ValueError("%s must be an integer, got %r" % (name, v))
    s, n = int(successes), int(trials)
    if n < 1 or not 0 <= s <= n:
        raise ValueError("need trials >= 1 and 0 <= successes <= trials")
    alpha = float(alpha)
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1")
    z = NormalDist().inv_cdf(1.0 - alpha / 2.0)
    p = s / n
    z2 = z * z
    denom = 1.0 + z2 / n
    center = p
    half = z * math.sqrt(p * (1.0 - p) / n)
    low = 0.0 if s == 0 else max(0.0, center - half)
    high = 1.0 if s == n else min(1.0, center + half)
    return low, high
