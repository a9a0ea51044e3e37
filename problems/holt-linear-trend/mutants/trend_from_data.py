# Wrong: smooths the trend from the change in the data, y[t] - y[t-1], instead of the change in level.
import numbers

import numpy as np


def holt(y, alpha, beta, horizon):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or y.size < 2:
        raise ValueError("y must be 1-D with at least two values")
    if not np.all(np.isfinite(y)):
        raise ValueError("y must be finite")
    alpha, beta = float(alpha), float(beta)
    if not (0.0 < alpha <= 1.0 and 0.0 < beta <= 1.0):
        raise ValueError("alpha and beta must be in (0, 1]")
    if isinstance(horizon, bool) or not isinstance(horizon, numbers.Integral) or horizon < 0:
        raise ValueError("horizon must be an integer >= 0")
    n = y.size
    level = np.empty(n)
    trend = np.empty(n)
    fitted = np.full(n, np.nan)
    level[0], trend[0] = y[0], y[1] - y[0]
    for t in range(1, n):
        fitted[t] = level[t - 1] + trend[t - 1]
        level[t] = alpha * y[t] + (1.0 - alpha) * fitted[t]
        trend[t] = beta * (y[t] - y[t - 1]) + (1.0 - beta) * trend[t - 1]
    forecasts = level[-1] + np.arange(1, int(horizon) + 1) * trend[-1]
    return level, trend, fitted, forecasts
