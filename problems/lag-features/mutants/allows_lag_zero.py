# Wrong: accepts lag 0, which copies the target into the features.
import numbers

import numpy as np


def _lags(lags):
    out = []
    for lag in lags:
        if isinstance(lag, bool) or not isinstance(lag, numbers.Integral) or lag < 0:
            raise ValueError("lags must be integers >= 1, got %r" % (lag,))
        out.append(int(lag))
    if not out:
        raise ValueError("give at least one lag")
    if len(set(out)) != len(out):
        raise ValueError("lags must not repeat")
    return out


def _series(y):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1:
        raise ValueError("y must be 1-D")
    return y


def lag_matrix(y, lags):
    y = _series(y)
    lags = _lags(lags)
    n = y.size
    out = np.full((n, len(lags)), np.nan)
    for j, lag in enumerate(lags):
        if lag < n:
            out[lag:, j] = y[: n - lag]
    return out


def make_supervised(y, lags):
    y = _series(y)
    lags = _lags(lags)
    start = max(lags)
    t = np.arange(start, y.size)
    X = np.empty((t.size, len(lags)))
    for j, lag in enumerate(lags):
        X[:, j] = y[t - lag]
    return X, y[t].copy(), t
