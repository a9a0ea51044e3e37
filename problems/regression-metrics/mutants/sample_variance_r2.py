# Wrong: R^2 computed as 1 - MSE / var(y, ddof=1), mixing a mean over n with a variance over n - 1.
import numpy as np


def _check(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=np.float64)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    if y_true.shape != y_pred.shape or y_true.size == 0:
        raise ValueError("bad input")
    return y_true, y_pred


def mean_squared_error(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


def mean_absolute_error(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def r2_score(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    mse = mean_squared_error(y_true, y_pred)
    if np.all(y_true == y_true[0]):
        return 1.0 if mse == 0.0 else 0.0
    return 1.0 - mse / float(np.var(y_true, ddof=1))
