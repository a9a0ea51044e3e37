# Wrong: estimates the rate as the mean of count / exposure instead of total count over total exposure.
import math
from statistics import NormalDist

import numpy as np


def _lr(lam, k, t):
    # 2 * [loglik(rate_hat) - loglik(lam)] for a Poisson total k over exposure t.
    mu = lam * t
    if k == 0:
        return 2.0 * mu
    return 2.0 * (k * math.log(k / mu) - (k - mu))


def poisson_rate_interval(counts, exposure=None, alpha=0.05):
    c = np.asarray(counts)
    if c.ndim != 1 or c.size == 0:
        raise ValueError("counts must be a non-empty 1-D sequence")
    if c.dtype == bool or not np.issubdtype(c.dtype, np.number):
        raise ValueError("counts must be numbers")
    c = c.astype(np.float64)
    if np.any(~np.isfinite(c)) or np.any(c < 0) or np.any(c != np.round(c)):
        raise ValueError("counts must be non-negative whole numbers")
    if exposure is None:
        e = np.ones(c.size)
    else:
        e = np.asarray(exposure, dtype=np.float64)
        if e.shape != c.shape or np.any(~np.isfinite(e)) or np.any(e <= 0):
            raise ValueError("exposure must be positive, finite, one per count")
    alpha = float(alpha)
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1")
    k, t = float(c.sum()), float(e.sum())
    rate = float(np.mean(c / e))
    k = rate * t
    crit = NormalDist().inv_cdf(1.0 - alpha / 2.0) ** 2

    def solve(lo, hi):
        # the LR statistic is decreasing on (lo, rate) and increasing on (rate, hi): bisect on the sign change
        f_lo = _lr(lo, k, t) - crit
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            f_mid = _lr(mid, k, t) - crit
            if (f_mid > 0) == (f_lo > 0):
                lo, f_lo = mid, f_mid
            else:
                hi = mid
        return 0.5 * (lo + hi)

    if k == 0:
        low = 0.0
    else:
        low = solve(rate * 1e-12, rate)
    hi = max(rate, 1.0 / t)
    while _lr(hi, k, t) < crit:
        hi *= 2.0
    high = solve(rate, hi) if k > 0 else crit / (2.0 * t)
    return rate, low, high
