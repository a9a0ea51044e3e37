import numpy as np


def _check(y_true, y_pred):
    y_true = np.asarray(y_true, dtype=np.float64)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must be 1-D and of equal length")
    if y_true.size == 0:
        raise ValueError("need at least one sample")
    return y_true, y_pred


def mean_squared_error(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


def mean_absolute_error(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def r2_score(y_true, y_pred):
    y_true, y_pred = _check(y_true, y_pred)
    ss_res = float(np.sum((y_true - y_pred) ** 2))
    if np.all(y_true == y_true[0]):
        return 1.0 if ss_res == 0.0 else 0.0
    ss_tot = float(np.sum(y_true ** 2) - y_true.size * y_true.mean() ** 2)
    return 1.0 - ss_res / ss_tot
