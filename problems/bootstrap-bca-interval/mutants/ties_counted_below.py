# Wrong: counts replicates equal to theta_hat as below it (<=) in z0.
import math
import numbers
from statistics import NormalDist

import numpy as np

_N = NormalDist()


def _prepare(data, statistic):
    x = np.asarray(data, dtype=np.float64)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("data must be 1-D with at least two values")
    if not np.all(np.isfinite(x)):
        raise ValueError("data must be finite")
    return x, (np.mean if statistic is None else statistic)


def jackknife_acceleration(data, statistic=None):
    x, stat = _prepare(data, statistic)
    n = x.size
    loo = np.array([float(stat(np.delete(x, i))) for i in range(n)])
    d = loo.mean() - loo
    den = 6.0 * float(np.sum(d ** 2)) ** 1.5
    return 0.0 if den == 0.0 else float(np.sum(d ** 3) / den)


def bca_interval(data, statistic=None, n_boot=2000, alpha=0.05, seed=0):
    x, stat = _prepare(data, statistic)
    if isinstance(n_boot, bool) or not isinstance(n_boot, numbers.Integral) or n_boot < 1:
        raise ValueError("n_boot must be a positive integer")
    alpha = float(alpha)
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1")
    n = x.size
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(int(n_boot), n))
    reps = np.array([float(stat(x[row])) for row in idx])
    theta = float(stat(x))
    prop = float(np.mean(reps <= theta))
    if prop <= 0.0 or prop >= 1.0:
        raise ValueError("every replicate lies on one side of the estimate: the bias correction is infinite")
    z0 = _N.inv_cdf(prop)
    a = jackknife_acceleration(x, statistic)
    levels = []
    for q in (alpha / 2.0, 1.0 - alpha / 2.0):
        zq = _N.inv_cdf(q)
        levels.append(_N.cdf(z0 + (z0 + zq) / (1.0 - a * (z0 + zq))))
    lo, hi = np.quantile(reps, levels)
    return float(lo), float(hi)
