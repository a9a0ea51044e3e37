# Wrong: leaves out the censored units' survival terms from the log-likelihood.
import math

import numpy as np


def exponential_mle(times, events=None):
    t = np.asarray(times, dtype=np.float64)
    if t.ndim != 1 or t.size == 0:
        raise ValueError("times must be a non-empty 1-D sequence")
    if np.any(~np.isfinite(t)) or np.any(t <= 0):
        raise ValueError("times must be positive and finite")
    if events is None:
        e = np.ones(t.size)
    else:
        e = np.asarray(events)
        if e.shape != t.shape:
            raise ValueError("events must have one flag per time")
        if e.dtype == bool:
            e = e.astype(np.float64)
        if not np.all((e == 0) | (e == 1)):
            raise ValueError("events must be 0 (censored) or 1 (observed)")
        e = e.astype(np.float64)
    d = float(e.sum())
    if d == 0:
        raise ValueError("no observed events: the rate estimate is 0 and its standard error undefined")
    total = float(t.sum())
    rate = d / total
    loglik = d * math.log(rate) - rate * float(t[e == 1].sum())
    return rate, rate / math.sqrt(d), loglik
