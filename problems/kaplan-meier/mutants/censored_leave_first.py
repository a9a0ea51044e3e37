# Wrong: removes units censored at an event time from that time's risk set.
import math

import numpy as np


def _inputs(times, events):
    t = np.asarray(times, dtype=np.float64)
    if t.ndim != 1 or t.size == 0:
        raise ValueError("times must be a non-empty 1-D sequence")
    if np.any(~np.isfinite(t)) or np.any(t < 0):
        raise ValueError("times must be finite and non-negative")
    e = np.asarray(events)
    if e.shape != t.shape:
        raise ValueError("events must have one flag per time")
    if e.dtype == bool:
        e = e.astype(np.int64)
    if not np.all((e == 0) | (e == 1)):
        raise ValueError("events must be 0 (censored) or 1 (event)")
    return t, e.astype(np.int64)


def kaplan_meier(times, events):
    t, e = _inputs(times, events)
    event_times = np.unique(t[e == 1])
    at_risk = np.array([int(np.sum((t > u) | ((t == u) & (e == 1)))) for u in event_times], dtype=np.int64)
    deaths = np.array([int(np.sum((t == u) & (e == 1))) for u in event_times], dtype=np.int64)
    surv = np.cumprod(1.0 - deaths / at_risk)
    se = np.full(event_times.size, np.nan)
    acc = 0.0
    for i in range(event_times.size):
        if at_risk[i] == deaths[i]:
            break
        acc += deaths[i] / (at_risk[i] * (at_risk[i] - deaths[i]))
        se[i] = surv[i] * math.sqrt(acc)
    return event_times, at_risk, deaths, surv, se


def median_survival(times, events):
    event_times, _, _, surv, _ = kaplan_meier(times, events)
    hit = np.flatnonzero(surv <= 0.5)
    return float(event_times[hit[0]]) if hit.size else None
