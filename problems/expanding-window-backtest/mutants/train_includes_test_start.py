# Wrong: includes the first test step in the training window (off by one).
import numbers

import numpy as np


def _int(name, v, low):
    if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < low:
        raise ValueError("%s must be an integer >= %d, got %r" % (name, low, v))
    return int(v)


def expanding_window_splits(n, initial, horizon, step=None, gap=0):
    n = _int("n", n, 0)
    initial = _int("initial", initial, 1)
    horizon = _int("horizon", horizon, 1)
    step = horizon if step is None else _int("step", step, 1)
    gap = _int("gap", gap, 0)
    folds = []
    end = initial
    while end + gap + horizon <= n:
        folds.append((np.arange(0, end + 1), np.arange(end + gap, end + gap + horizon)))
        end += step
    return folds


def backtest(y, forecaster, initial, horizon, step=None, gap=0):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or not np.all(np.isfinite(y)):
        raise ValueError("y must be a 1-D array of finite numbers")
    folds = expanding_window_splits(y.size, initial, horizon, step, gap)
    if not folds:
        raise ValueError("no complete fold fits in the series")
    maes = []
    for train, test in folds:
        pred = np.asarray(forecaster(y[train].copy(), gap + horizon), dtype=np.float64)
        if pred.shape != (gap + horizon,):
            raise ValueError("the forecaster must return %d values, got shape %s" % (gap + horizon, pred.shape))
        maes.append(float(np.mean(np.abs(y[test] - pred[gap:]))))
    return np.array(maes), float(np.mean(maes))
