# Wrong: divides the in-sample error sum by n instead of the n - m differences.
import numbers

import numpy as np


def _int(name, v, low):
    if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < low:
        raise ValueError("%s must be an integer >= %d, got %r" % (name, low, v))
    return int(v)


def _series(name, y):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or not np.all(np.isfinite(y)):
        raise ValueError("%s must be a 1-D array of finite numbers" % name)
    return y


def seasonal_naive_forecast(y, m, horizon):
    y = _series("y", y)
    m = _int("m", m, 1)
    horizon = _int("horizon", horizon, 0)
    if y.size < m:
        raise ValueError("need at least one full season (m values)")
    last_season = y[y.size - m:]
    return last_season[np.arange(horizon) % m].copy()


def mase(y_train, y_test, y_pred, m):
    y_train = _series("y_train", y_train)
    y_test = _series("y_test", y_test)
    y_pred = _series("y_pred", y_pred)
    m = _int("m", m, 1)
    if y_test.shape != y_pred.shape or y_test.size == 0:
        raise ValueError("y_test and y_pred must be non-empty and of the same length")
    if y_train.size <= m:
        raise ValueError("y_train needs more than m values")
    scale = np.sum(np.abs(y_train[m:] - y_train[:-m])) / y_train.size
    if scale == 0.0:
        raise ValueError("the in-sample seasonal naive error is 0, so MASE is undefined")
    return float(np.mean(np.abs(y_test - y_pred)) / scale)
